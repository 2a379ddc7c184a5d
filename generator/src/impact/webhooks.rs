//! Changes to the webhooks: the variants of `webhooks::Event`, their payloads, what
//! recognizes their deliveries, and the signature scheme `webhooks::verifier` checks.

use super::Class::{Additive, Breaking};
use super::keyed::Paired::{Added, Both, Removed};
use super::keyed::paired;
use super::{Diff, show};
use crate::surface::{Surface, WebhookRec};

impl Diff {
    pub(super) fn webhooks(&mut self, old: &Surface, new: &Surface) {
        for hook in paired(&old.webhooks, &new.webhooks, |h| h.key.as_str()) {
            let latest = hook.latest();
            let item = format!("webhooks::Event::{}", latest.variant);
            let key = &latest.key;
            match hook {
                // `Event` is `#[non_exhaustive]`: a new variant breaks no match.
                Added(_) => self.rust(Additive, item, format!("new webhook `{key}`")),
                Removed(_) => self.rust(Breaking, item, format!("webhook `{key}` removed")),
                Both(o, n) => self.webhook(&item, o, n),
            }
        }
        if old.webhook_signing != new.webhook_signing {
            let item = "webhooks::verifier";
            let (was, now) = (show(&old.webhook_signing), show(&new.webhook_signing));
            match (&old.webhook_signing, &new.webhook_signing) {
                (None, _) => self.rust(Additive, item, format!("new, for {now}")),
                (_, None) => self.rust(Breaking, item, format!("removed (was {was})")),
                _ => self.wire(
                    Breaking,
                    item,
                    format!(
                        "signature scheme changed from {was} to {now}: deliveries signed the \
                         old way are refused"
                    ),
                ),
            }
        }
    }

    fn webhook(&mut self, item: &str, o: &WebhookRec, n: &WebhookRec) {
        if o.variant != n.variant {
            let what = format!("variant renamed (was `{}`)", o.variant);
            self.rust(Breaking, item, what);
        }
        if o.payload != n.payload {
            let what = format!(
                "payload type changed from `{}` to `{}`",
                o.payload, n.payload
            );
            self.rust(Breaking, item, what);
        }
        if o.rules != n.rules {
            let rules = |r: &WebhookRec| match r.rules.as_slice() {
                [] => "none".to_string(),
                rules => rules.join(", "),
            };
            let what = format!(
                "deliveries are recognized by {} (was {}): some read before are read as \
                 another webhook or as `Unknown`",
                rules(n),
                rules(o)
            );
            self.wire(Breaking, item, what);
        }
        self.docs(item, &o.docs, &n.docs);
    }
}

#[cfg(test)]
mod tests {
    use crate::impact::{Class, compare};
    use crate::surface::{Surface, WebhookRec};

    fn hook(key: &str, variant: &str, payload: &str, rules: &[&str]) -> WebhookRec {
        WebhookRec {
            key: key.into(),
            variant: variant.into(),
            payload: payload.into(),
            rules: rules.iter().map(|r| r.to_string()).collect(),
            docs: None,
        }
    }

    fn hooks(webhooks: Vec<WebhookRec>, signing: Option<&str>) -> Surface {
        Surface {
            webhooks,
            webhook_signing: signing.map(Into::into),
            ..Surface::default()
        }
    }

    #[test]
    fn each_change_to_a_webhook_is_classed_by_what_it_breaks() {
        let old = hooks(
            vec![
                hook("pet.created", "PetCreated", "Pet", &["type = pet.created"]),
                hook("pet.gone", "PetGone", "Pet", &[]),
                hook("ping", "Ping", "Ping", &["x-event: ping"]),
            ],
            Some("GitHub"),
        );
        let new = hooks(
            vec![
                hook(
                    "pet.created",
                    "PetCreated",
                    "PetV2",
                    &["type = pet.created"],
                ),
                hook("ping", "Ping", "Ping", &["x-event: pong"]),
                hook("pet.sold", "PetSold", "Pet", &[]),
            ],
            Some("StandardWebhooks"),
        );
        let entries: Vec<(Class, String, String)> = compare(&old, &new)
            .entries
            .into_iter()
            .map(|e| (e.class, e.item, e.what))
            .collect();
        let has = |class: Class, item: &str, what: &str| {
            assert!(
                entries
                    .iter()
                    .any(|(c, i, w)| *c == class && i == item && w.contains(what)),
                "{class:?} {item} {what}: {entries:#?}"
            );
        };
        has(
            Class::Breaking,
            "webhooks::Event::PetCreated",
            "payload type changed from `Pet` to `PetV2`",
        );
        has(
            Class::Breaking,
            "webhooks::Event::Ping",
            "recognized by x-event: pong (was x-event: ping)",
        );
        has(
            Class::Additive,
            "webhooks::Event::PetSold",
            "new webhook `pet.sold`",
        );
        has(
            Class::Breaking,
            "webhooks::Event::PetGone",
            "webhook `pet.gone` removed",
        );
        has(
            Class::Breaking,
            "webhooks::verifier",
            "from GitHub to StandardWebhooks",
        );
        assert_eq!(entries.len(), 5, "{entries:#?}");
        // The first webhooks of a spec, with a scheme: additive only.
        let first = compare(&hooks(Vec::new(), None), &new);
        assert!(
            first.entries.iter().all(|e| e.class == Class::Additive),
            "{:#?}",
            first.entries
        );
        assert_eq!(first.class(), Some(Class::Additive));
    }
}
