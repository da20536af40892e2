pub mod destination_links;
pub mod lookup;
pub mod manage;
pub mod not_found;
pub mod signup;
pub mod status;
pub mod verify;
