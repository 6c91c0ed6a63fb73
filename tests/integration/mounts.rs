//! A full disk and a read-only disk, made for real with a small tmpfs. Mounting needs root, so
//! these run where `.ci/run` sets `INFOLIT_TEST_MOUNTS=1` (it checks that it can mount first);
//! elsewhere they say they were skipped.

use std::path::Path;
use std::process::Command;

use infolit::progress::Store;

use crate::util::Test;

/// A tmpfs of `size` mounted on `dir`, unmounted when dropped.
struct Tmpfs<'a>(&'a Path);

impl<'a> Tmpfs<'a> {
    fn mount(dir: &'a Path, size: &str) -> Tmpfs<'a> {
        std::fs::create_dir_all(dir).expect("mount point");
        let status = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir)
            .status()
            .expect("run mount");
        assert!(status.success(), "mount a tmpfs on {}", dir.display());
        Tmpfs(dir)
    }

    fn remount(&self, options: &str) {
        let status = Command::new("mount")
            .args(["-o", &format!("remount,{options}")])
            .arg(self.0)
            .status()
            .expect("run mount");
        assert!(status.success(), "remount {options}");
    }
}

impl Drop for Tmpfs<'_> {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(self.0).status();
    }
}

#[allow(clippy::print_stderr)] // a skipped test says so in the test output
fn enabled() -> bool {
    let on = std::env::var_os("INFOLIT_TEST_MOUNTS").is_some_and(|v| v == "1");
    if !on {
        eprintln!("skipped: set INFOLIT_TEST_MOUNTS=1 (as root) to test a full and a read-only disk");
    }
    on
}

fn grade(test: &Test, home: &Path) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_infolit"))
        .args(["--course", ".", "--learner", "Budi", "grade", "and-narrows", "a"])
        .current_dir(test.root())
        .env("INFOLIT_HOME", home)
        .env("LANG", "C")
        .output()
        .expect("run infolit")
}

#[test]
fn a_full_disk_keeps_every_saved_answer_and_says_what_happened() {
    if !enabled() {
        return;
    }
    let test = Test::with_course();
    let home = test.root().join("home");
    let _disk = Tmpfs::mount(&home, "256k");
    assert_eq!(grade(&test, &home).status.code(), Some(0), "the first answer fits");
    // Fill the disk, leaving a little room.
    let filler = home.join("filler");
    let _ = std::fs::write(&filler, vec![0u8; 220 * 1024]);
    let mut saved = 1;
    let failure = loop {
        let output = grade(&test, &home);
        if output.status.code() == Some(0) {
            saved += 1;
            assert!(saved < 5000, "the disk never filled up");
            continue;
        }
        break output;
    };
    let message = String::from_utf8_lossy(&failure.stderr);
    assert!(failure.stdout.is_empty(), "no verdict for an answer that was not saved");
    assert!(
        message.contains("your last answer was not saved. Free some space, then answer again"),
        "{message}"
    );
    std::fs::remove_file(&filler).expect("free the space");
    let store = Store::open_in(&home).expect("store");
    assert_eq!(store.integrity_check().expect("check"), "ok");
    let budi = store.find_learner("Budi").expect("read").expect("Budi");
    assert_eq!(store.attempts(budi).expect("attempts").len(), saved, "every acknowledged answer is there");
    drop(store);
    assert_eq!(grade(&test, &home).status.code(), Some(0), "with space again, answers are saved again");
}

#[test]
fn a_read_only_disk_is_a_clear_message_and_the_file_is_untouched() {
    if !enabled() {
        return;
    }
    let test = Test::with_course();
    let home = test.root().join("home");
    let disk = Tmpfs::mount(&home, "1m");
    assert_eq!(grade(&test, &home).status.code(), Some(0));
    let before = std::fs::read(home.join("progress.sqlite3")).expect("read");
    disk.remount("ro");
    let output = Command::new(env!("CARGO_BIN_EXE_infolit"))
        .args(["--course", ".", "--learner", "Budi", "--plain"])
        .current_dir(test.root())
        .env("INFOLIT_HOME", &home)
        .env("LANG", "C")
        .output()
        .expect("run infolit");
    assert_eq!(output.status.code(), Some(1));
    let message = String::from_utf8_lossy(&output.stderr);
    assert!(message.contains("cannot be written (read-only file or folder)"), "{message}");
    assert_eq!(std::fs::read(home.join("progress.sqlite3")).expect("read"), before);
    disk.remount("rw");
}
