//! Places for status streams (`status_streams`): a few per client address and a ceiling in
//! all, each given back when its stream is dropped.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::{Arc, Mutex};

/// Open streams, by client address and in all.
#[derive(Default)]
pub struct OpenStreams {
    by_address: Mutex<HashMap<IpAddr, usize>>,
}

/// A stream's place; given back when the stream is dropped (the page closed, the lifetime
/// ended, or the server stopped).
pub struct Slot {
    streams: Arc<OpenStreams>,
    address: IpAddr,
}

impl Drop for Slot {
    fn drop(&mut self) {
        let mut map = self.streams.by_address.lock().expect("streams lock");
        if let Some(count) = map.get_mut(&self.address) {
            *count -= 1;
            if *count == 0 {
                map.remove(&self.address);
            }
        }
    }
}

impl OpenStreams {
    /// A place for a stream from `address`, if both caps allow it.
    pub fn take(
        self: &Arc<Self>,
        address: IpAddr,
        per_address: usize,
        total: usize,
    ) -> Option<Slot> {
        let mut map = self.by_address.lock().expect("streams lock");
        let all: usize = map.values().sum();
        let own = map.get(&address).copied().unwrap_or(0);
        if own >= per_address || all >= total {
            return None;
        }
        map.insert(address, own + 1);
        Some(Slot {
            streams: self.clone(),
            address,
        })
    }

    pub fn open(&self) -> usize {
        self.by_address.lock().expect("streams lock").values().sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn streams_are_capped_per_address_and_in_all_and_given_back() {
        let streams = Arc::new(OpenStreams::default());
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        let first = streams.take(a, 2, 3).unwrap();
        let _second = streams.take(a, 2, 3).unwrap();
        assert!(streams.take(a, 2, 3).is_none(), "per address");
        let _third = streams.take(b, 2, 3).unwrap();
        assert!(streams.take(b, 2, 3).is_none(), "in all");
        drop(first);
        assert_eq!(streams.open(), 2);
        assert!(
            streams.take(a, 2, 3).is_some(),
            "a closed page gives its place back"
        );
    }
}
