//! What the domain's voter-facing functions need, lent by the caller (the HTTP edge's state,
//! or a command): the store, the settings, the county offices as last read, and
//! which destinations this deployment sends to.

use crate::config::Config;
use crate::domain::channel_policy::ChannelPolicy;
use crate::domain::offices::Offices;
use crate::store::Store;

#[derive(Clone, Copy)]
pub struct Services<'a> {
    pub store: &'a Store,
    pub config: &'a Config,
    pub offices: &'a Offices,
    /// Which destinations this deployment sends to.
    pub channel_policy: &'a ChannelPolicy,
}
