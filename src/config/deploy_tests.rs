//! Tests of `deploy`: target URLs and credential names.
use super::*;

#[test]
fn target_urls() {
    assert_eq!(
        parse_place("s3://tin-tuc/duc-trong/?endpoint=http://127.0.0.1:9000&region=auto").unwrap(),
        TargetPlace::S3 {
            bucket: "tin-tuc".into(),
            prefix: "duc-trong".into(),
            endpoint: Some("http://127.0.0.1:9000".into()),
            region: Some("auto".into()),
        }
    );
    assert_eq!(
        parse_place("s3://b").unwrap(),
        TargetPlace::S3 {
            bucket: "b".into(),
            prefix: String::new(),
            endpoint: None,
            region: None
        }
    );
    assert_eq!(
        parse_place("file:///srv/www/site").unwrap(),
        TargetPlace::File("/srv/www/site".into())
    );
    for bad in [
        "s3://KEY:SECRET@b",
        "s3://b?secret_access_key=x",
        "s3://b?aws_access_key_id=x",
        "s3://b?endpoint=ftp://x",
        "s3://b?colour=red",
        "s3:///prefix",
        "ftp://x/y",
        "file:///",
        "bucket",
    ] {
        assert!(parse_place(bad).is_err(), "{bad}");
    }
}

#[test]
fn credential_names() {
    for name in [
        "secret_access_key",
        "aws_access_key_id",
        "access-key",
        "password",
        "session_token",
        "AWS_SECRET",
    ] {
        assert!(looks_secret(name), "{name}");
    }
    for name in ["name", "url", "precompress", "region"] {
        assert!(!looks_secret(name), "{name}");
    }
}
