//! The voter file import: streaming, upsert by voter_id, all or nothing.

use crate::helpers;

use ballot_api::domain::csv_table::HeaderError;
use ballot_api::domain::voter_file::{import, ImportError};
use helpers::{count, spawn_app_with, Options};
use std::process::Command;

const HEADER: &str = "voter_id,first_name,middle_name,last_name,name_suffix,date_of_birth,residence_zip,county,status,confidential\n";

async fn empty_app() -> helpers::TestApp {
    spawn_app_with(Options {
        demo_voters: false,
        run_worker: false,
        ..Options::default()
    })
    .await
}

#[tokio::test]
async fn a_bad_row_is_reported_by_line_and_nothing_changes() {
    let app = empty_app().await;
    let file = format!(
        "{HEADER}V1,Maria,,Garcia,,1980-01-23,95814,Sacramento,active,false\n\
         V2,Jose,,Nunez,,1975-13-04,90012,Los Angeles,active,false\n\
         \n\
         V3,Ana,,Lopez,,1988-11-30,10001,San Diego,active,false\n\
         V4,Bo,,Li,,1988-11-30,92101,San Diego,active\n"
    );
    let report = import(&app.store, file.as_bytes(), false).await.unwrap();
    assert!(!report.committed);
    assert_eq!((report.rows, report.rejected, report.imported), (4, 3, 0));
    let lines: Vec<u64> = report.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [3, 5, 6]);
    assert!(report.errors[0].message.contains("date_of_birth"));
    assert!(report.errors[1].message.contains("residence_zip"));
    assert!(report.errors[2].message.contains("9 fields"));
    assert_eq!(count(&app.store, "voter").await, 0);

    let report = import(&app.store, file.as_bytes(), true).await.unwrap();
    assert!(report.committed);
    assert_eq!((report.imported, report.rejected), (1, 3));
    assert_eq!(count(&app.store, "voter").await, 1);
    app.stop().await;
}

#[tokio::test]
async fn reimporting_upserts_by_voter_id() {
    let app = empty_app().await;
    let first = format!("{HEADER}V1,Maria,,Garcia,,1980-01-23,95814,Sacramento,active,false\n");
    import(&app.store, first.as_bytes(), false).await.unwrap();
    // Columns in another order, without the optional one, and a moved voter.
    let second = "status,county,residence_zip,date_of_birth,name_suffix,last_name,middle_name,first_name,voter_id\n\
                  active,Yolo,95616,1980-01-23,,Garcia-Ruiz,Elena,Maria,v1\n";
    let report = import(&app.store, second.as_bytes(), false).await.unwrap();
    assert!(report.committed, "{report:?}");
    let (last, zip, county): (String, String, String) =
        ballot_api::on_pool!(app.store.pool(), |p| sqlx::query_as(
            "SELECT last_name, residence_zip, county FROM voter WHERE voter_id = 'V1'"
        )
        .fetch_one(p)
        .await)
        .unwrap();
    assert_eq!(
        (last.as_str(), zip.as_str(), county.as_str()),
        ("Garcia-Ruiz", "95616", "Yolo")
    );
    assert_eq!(count(&app.store, "voter").await, 1);
    app.stop().await;
}

#[tokio::test]
async fn broken_files_get_clear_errors() {
    let app = empty_app().await;
    let unknown = import(
        &app.store,
        "voter_id,first,last\nV1,a,b\n".as_bytes(),
        false,
    )
    .await
    .unwrap_err();
    assert!(
        unknown
            .to_string()
            .contains("line 1: unknown column \"first\""),
        "{unknown}"
    );
    let missing = import(&app.store, "voter_id,first_name\n".as_bytes(), false)
        .await
        .unwrap_err();
    assert!(
        missing
            .to_string()
            .contains("missing column(s): middle_name"),
        "{missing}"
    );
    assert!(matches!(
        import(&app.store, "".as_bytes(), false).await,
        Err(ImportError::Header(HeaderError::Empty))
    ));

    let mut latin1 = HEADER.as_bytes().to_vec();
    latin1.extend_from_slice(b"V1,Jos\xe9,,Garcia,,1980-01-23,95814,Sacramento,active,false\n");
    let report = import(&app.store, latin1.as_slice(), false).await.unwrap();
    assert_eq!(report.errors[0].line, 2);
    assert!(
        report.errors[0].message.contains("UTF-8"),
        "{:?}",
        report.errors
    );

    // A quoted field may span lines; later rows keep their true line numbers.
    let multiline = format!(
        "{HEADER}V1,Maria,\"Ann\nMarie\",Garcia,,1980-01-23,95814,Sacramento,active,false\n\
         V2,Bad,,Row,,1980-99-01,95814,X,active,false"
    );
    let report = import(&app.store, multiline.as_bytes(), false)
        .await
        .unwrap();
    assert_eq!(
        report.errors.iter().map(|e| e.line).collect::<Vec<_>>(),
        [4]
    );

    let huge = format!(
        "{HEADER}V1,{},,Garcia,,1980-01-23,95814,Sacramento,active,false\n",
        "a".repeat(5000)
    );
    let report = import(&app.store, huge.as_bytes(), false).await.unwrap();
    assert!(
        report.errors[0].message.contains("longer than"),
        "{:?}",
        report.errors
    );
    assert_eq!(count(&app.store, "voter").await, 0);
    app.stop().await;
}

#[tokio::test]
async fn many_blank_lines_and_many_rows_stream_through() {
    let app = empty_app().await;
    let mut file = String::from(HEADER);
    for i in 0..5_000 {
        file.push_str(&format!(
            "V{i},Voter,,Number{i},,1980-01-23,95814,Sacramento,active,false\n"
        ));
        file.push_str("\n\n");
    }
    let report = import(&app.store, file.as_bytes(), false).await.unwrap();
    assert_eq!(
        (report.rows, report.imported, report.rejected),
        (5_000, 5_000, 0)
    );
    assert_eq!(count(&app.store, "voter").await, 5_000);
    app.stop().await;
}

/// The command line, as an operator runs it.
#[test]
fn the_cli_imports_a_demo_file_and_refuses_a_bad_one() {
    let dir = tempfile::tempdir().unwrap();
    let bin = env!("CARGO_BIN_EXE_ballot-api");
    let db = format!("sqlite://{}", dir.path().join("cli.db").display());
    let demo = dir.path().join("demo.csv");
    let run = |args: &[&str]| {
        Command::new(bin)
            .args(args)
            .env("DATABASE_URL", &db)
            .env("RUST_LOG", "warn")
            .output()
            .unwrap()
    };

    let out = run(&[
        "demo",
        "--voters",
        "200",
        "--seed",
        "9",
        "--out",
        demo.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{out:?}");
    let again = dir.path().join("again.csv");
    run(&[
        "demo",
        "--voters",
        "200",
        "--seed",
        "9",
        "--out",
        again.to_str().unwrap(),
    ]);
    assert_eq!(
        std::fs::read(&demo).unwrap(),
        std::fs::read(&again).unwrap(),
        "same seed, same file"
    );

    let out = run(&["import-voters", demo.to_str().unwrap()]);
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Imported 211 voters"));

    let bad = dir.path().join("bad.csv");
    std::fs::write(&bad, format!("{HEADER}V1,A,,B,,1980-01-23,95814,X,active,false\nV2,A,,B,,80-01-23,95814,X,active,false\n")).unwrap();
    let out = run(&["import-voters", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 3: date_of_birth"), "{stderr}");
    assert!(stderr.contains("nothing was imported"), "{stderr}");
}

#[tokio::test]
async fn a_voter_listed_twice_ends_as_the_last_row() {
    let app = empty_app().await;
    let file = format!(
        "{HEADER}V1,Maria,,Garcia,,1980-01-23,95814,Sacramento,active,false\n\
         V2,Jose,,Nunez,,1975-12-04,90012,Los Angeles,active,false\n\
         V1,Maria,,Garcia-Lopez,,1980-01-23,95816,Sacramento,inactive,true\n"
    );
    let report = import(&app.store, file.as_bytes(), false).await.unwrap();
    assert!(report.committed);
    assert_eq!(count(&app.store, "voter").await, 2);
    let row: (String, String, String, bool) = ballot_api::on_pool!(app.store.pool(), |p| {
        sqlx::query_as(
            "SELECT last_name, residence_zip, status, confidential FROM voter WHERE voter_id = 'V1'",
        )
        .fetch_one(p)
        .await
    })
    .unwrap();
    assert_eq!(
        row,
        (
            "Garcia-Lopez".into(),
            "95816".into(),
            "inactive".into(),
            true
        )
    );
}

#[tokio::test]
async fn broken_files_get_their_line_and_change_nothing() {
    let app = empty_app().await;
    // Broken encoding on line 3, a 2 MB name on line 4, a short row on line 5.
    let mut file = HEADER.as_bytes().to_vec();
    file.extend_from_slice(b"V1,Maria,,Garcia,,1980-01-23,95814,Sacramento,active,false\n");
    file.extend_from_slice(
        b"V2,\xff\xfeJos\xe9,,Nunez,,1975-12-04,90012,Los Angeles,active,false\n",
    );
    file.extend_from_slice(
        format!(
            "V3,{},,Lopez,,1988-11-30,92101,San Diego,active,false\n",
            "A".repeat(2_000_000)
        )
        .as_bytes(),
    );
    file.extend_from_slice(b"V4,Bo,,Li\n");
    let report = import(&app.store, file.as_slice(), false).await.unwrap();
    assert!(!report.committed);
    let errors: Vec<(u64, &str)> = report
        .errors
        .iter()
        .map(|e| (e.line, e.message.as_str()))
        .collect();
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert_eq!(errors[0].0, 3);
    assert!(errors[0].1.contains("not valid UTF-8"), "{}", errors[0].1);
    assert_eq!(errors[1].0, 4);
    assert!(errors[1].1.contains("longer than"), "{}", errors[1].1);
    assert_eq!(errors[2].0, 5);
    assert_eq!(count(&app.store, "voter").await, 0);
}

#[tokio::test]
async fn ten_million_empty_lines_are_skipped_and_the_row_after_them_keeps_its_line() {
    let app = empty_app().await;
    let mut file = HEADER.to_string();
    file.push_str(&"\n".repeat(10_000_000));
    file.push_str("V1,Maria,,Garcia,,1980-13-23,95814,Sacramento,active,false\n");
    let report = import(&app.store, file.as_bytes(), false).await.unwrap();
    assert_eq!(report.rows, 1);
    assert_eq!(report.errors.len(), 1);
    assert_eq!(report.errors[0].line, 10_000_002);
    assert_eq!(count(&app.store, "voter").await, 0);
}
