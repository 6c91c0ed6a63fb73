//! Sending xAPI statements to a Learning Record Store: `infolit sync`.
//!
//! Statements go in batches, each one POST to the LRS's `statements` resource. After each
//! batch the LRS accepted, its statement ids are written to the progress store, so a sync
//! that stops (a network failure, a closed laptop, kill -9) resumes with the first batch not
//! known to be sent. A batch that reached the LRS but was not yet written down as sent is
//! sent again; statement ids are UUID v5 of what they record, so the LRS recognises the same
//! statement and keeps one (xAPI 1.0.3, part three, 2.1.2). Nothing is lost and nothing is
//! stored twice.
//!
//! The password is never printed: not in errors, not in `Debug` output.

use std::fmt;
use std::time::Duration;

use base64::Engine as _;
use serde_json::Value;

/// The xAPI version infolit's statements follow, sent with every request as the
/// specification requires.
const XAPI_VERSION: &str = "1.0.3";

/// How many characters of an LRS's error answer to show.
const MAX_SHOWN_BODY: usize = 300;

/// A user name and password for HTTP basic authentication.
#[derive(Clone)]
pub struct Credentials {
    pub user: String,
    pub password: String,
}

impl fmt::Debug for Credentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Credentials").field("user", &self.user).field("password", &"(hidden)").finish()
    }
}

impl Credentials {
    fn header(&self) -> String {
        let pair = format!("{}:{}", self.user, self.password);
        format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(pair))
    }
}

/// Why a batch was not stored. Each says what to do; none contains the password.
#[derive(Debug, thiserror::Error)]
pub enum LrsError {
    #[error("`{0}` is not an http:// or https:// address")]
    BadUrl(String),
    #[error(
        "the LRS refused the user name or password (HTTP {0}); check INFOLIT_LRS_USER and INFOLIT_LRS_PASSWORD, or the LRS settings file"
    )]
    Unauthorized(u16),
    #[error("the LRS already holds different statements with the same ids (HTTP 409): {0}")]
    Conflict(String),
    #[error("the LRS refused the statements (HTTP {status}): {body}")]
    Rejected { status: u16, body: String },
    #[error(
        "the LRS had a problem of its own (HTTP {status}): {body}; nothing was lost, run `infolit sync` again later"
    )]
    Server { status: u16, body: String },
    #[error("the LRS did not answer within {0} seconds; nothing was lost, run `infolit sync` again")]
    Timeout(u64),
    #[error("cannot reach the LRS at {url}: {reason}; nothing was lost, run `infolit sync` again")]
    Unreachable { url: String, reason: String },
}

/// An LRS: its statements resource, the credentials, and an HTTP agent with a time limit.
pub struct Lrs {
    statements_url: String,
    credentials: Credentials,
    timeout: Duration,
    agent: ureq::Agent,
}

impl fmt::Debug for Lrs {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Lrs").field("statements_url", &self.statements_url).finish_non_exhaustive()
    }
}

impl Lrs {
    /// The LRS whose xAPI endpoint is `endpoint` (e.g. `https://lrs.example.org/xAPI/`);
    /// statements go to `<endpoint>/statements`.
    pub fn new(endpoint: &str, credentials: Credentials, timeout: Duration) -> Result<Lrs, LrsError> {
        let endpoint = endpoint.trim();
        if !(endpoint.starts_with("http://") || endpoint.starts_with("https://")) || endpoint.contains('@') {
            return Err(LrsError::BadUrl(endpoint.to_string()));
        }
        let statements_url = format!("{}/statements", endpoint.trim_end_matches('/'));
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(timeout))
            .http_status_as_error(false)
            .user_agent(concat!("infolit/", env!("CARGO_PKG_VERSION")))
            .build()
            .into();
        Ok(Lrs { statements_url, credentials, timeout, agent })
    }

    /// The address statements are sent to.
    #[must_use]
    pub fn statements_url(&self) -> &str {
        &self.statements_url
    }

    /// POSTs one batch; `Ok` when the LRS stored it (200) or already had all of it (204).
    pub fn post(&self, batch: &[Value]) -> Result<(), LrsError> {
        let body = serde_json::to_vec(batch).unwrap_or_default();
        let response = self
            .agent
            .post(&self.statements_url)
            .header("X-Experience-API-Version", XAPI_VERSION)
            .header("Authorization", self.credentials.header())
            .content_type("application/json")
            .send(&body[..]);
        let mut response = match response {
            Ok(response) => response,
            Err(ureq::Error::Timeout(_)) => return Err(LrsError::Timeout(self.timeout.as_secs())),
            Err(error) => {
                return Err(LrsError::Unreachable {
                    url: self.statements_url.clone(),
                    reason: error.to_string(),
                });
            }
        };
        let status = response.status().as_u16();
        if (200..300).contains(&status) {
            return Ok(());
        }
        let body = response.body_mut().read_to_string().unwrap_or_default();
        let body = shown(&body);
        Err(match status {
            401 | 403 => LrsError::Unauthorized(status),
            409 => LrsError::Conflict(body),
            400..=499 => LrsError::Rejected { status, body },
            _ => LrsError::Server { status, body },
        })
    }
}

/// The start of an LRS's answer, on one line, without control characters.
fn shown(body: &str) -> String {
    let one_line: String =
        body.chars().map(|c| if c.is_control() { ' ' } else { c }).take(MAX_SHOWN_BODY).collect();
    let trimmed = one_line.trim();
    if trimmed.is_empty() { "(no details)".to_string() } else { trimmed.to_string() }
}

/// The statement's id (every statement infolit makes has one).
#[must_use]
pub fn statement_id(statement: &Value) -> Option<&str> {
    statement.get("id").and_then(Value::as_str)
}

/// Splits `statements` into those not yet sent, in batches of at most `batch_size`.
#[must_use]
pub fn unsent_batches<'a, S: std::hash::BuildHasher>(
    statements: &'a [Value],
    sent: &std::collections::HashSet<String, S>,
    batch_size: usize,
) -> Vec<Vec<&'a Value>> {
    let unsent: Vec<&Value> =
        statements.iter().filter(|s| statement_id(s).is_none_or(|id| !sent.contains(id))).collect();
    unsent.chunks(batch_size.max(1)).map(<[&Value]>::to_vec).collect()
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use serde_json::json;

    use super::*;

    #[test]
    fn the_password_never_shows() {
        let credentials = Credentials { user: "lab".into(), password: "rahasia".into() };
        assert!(!format!("{credentials:?}").contains("rahasia"));
        let lrs = Lrs::new("http://127.0.0.1:9/xAPI/", credentials, Duration::from_secs(1)).expect("url");
        assert!(!format!("{lrs:?}").contains("rahasia"));
        assert_eq!(lrs.statements_url(), "http://127.0.0.1:9/xAPI/statements");
    }

    #[test]
    fn basic_authentication_is_base64_of_user_and_password() {
        // RFC 7617's own example.
        let credentials = Credentials { user: "Aladdin".into(), password: "open sesame".into() };
        assert_eq!(credentials.header(), "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==");
    }

    #[test]
    fn addresses_must_be_http_and_carry_no_credentials() {
        let credentials = Credentials { user: "u".into(), password: "p".into() };
        for bad in ["ftp://lrs.example.org/", "lrs.example.org", "https://u:p@lrs.example.org/xAPI/"] {
            assert!(matches!(
                Lrs::new(bad, credentials.clone(), Duration::from_secs(1)),
                Err(LrsError::BadUrl(_))
            ));
        }
    }

    #[test]
    fn batches_skip_what_was_sent_and_keep_the_order() {
        let statements: Vec<Value> = (0..7).map(|i| json!({ "id": format!("s{i}") })).collect();
        let sent: HashSet<String> = ["s1".to_string(), "s4".to_string()].into();
        let batches = unsent_batches(&statements, &sent, 2);
        let ids: Vec<Vec<&str>> =
            batches.iter().map(|b| b.iter().filter_map(|s| statement_id(s)).collect()).collect();
        assert_eq!(ids, vec![vec!["s0", "s2"], vec!["s3", "s5"], vec!["s6"]]);
    }

    #[test]
    fn an_error_answer_is_shown_short_and_on_one_line() {
        assert_eq!(shown("bad\nthing\u{1b}[31m"), "bad thing [31m");
        assert_eq!(shown(""), "(no details)");
        assert_eq!(shown(&"x".repeat(1000)).len(), MAX_SHOWN_BODY);
    }
}
