//! `infolit cite`: reference lists rendered by the CSL engine, and citation exercises.

use crate::util::Test;

#[test]
fn cite_renders_a_reference_list_in_each_style_and_says_where_a_file_is_wrong() {
    let refs = "[[source]]\nid = \"h06\"\ntype = \"book\"\nauthors = [\"Hirata, Andrea\"]\nyear = 2005\n\
                title = \"Laskar pelangi\"\npublisher = \"Bentang Pustaka\"\nlang = \"id\"\n\n\
                [[source]]\nid = \"l03\"\ntype = \"book\"\nauthors = [\"Eisenberg, Michael B.\", \"Berkowitz, Robert E.\"]\n\
                year = 1990\ntitle = \"Information problem solving: The Big Six skills approach to library & information skills instruction\"\n\
                publisher = \"Ablex\"\n";
    let test = Test::new().file("refs.toml", refs);
    test.clone_args(&["cite", "--style", "apa", "refs.toml"]).run().assert_stdout_in_order(&[
        "Eisenberg, M. B., & Berkowitz, R. E. (1990). Information problem solving: The Big Six skills approach to library & information skills instruction. Ablex.\n",
        "Hirata, A. (2005). Laskar pelangi. Bentang Pustaka.\n",
    ]);
    let mla = test.clone_args(&["--lang", "en", "cite", "--style", "mla", "refs.toml"]).run();
    mla.assert_stdout_contains("Information Problem Solving: The Big Six Skills Approach");
    // An Indonesian title is not title-cased.
    mla.assert_stdout_contains("Hirata, Andrea. Laskar pelangi. Bentang Pustaka, 2005.");
    let bad = Test::new().file("bad.toml", "[[source]\n").args(&["cite", "--style", "apa", "bad.toml"]).run();
    assert_eq!(bad.code, 1);
    bad.assert_stderr_contains("bad.toml:1:");
    let unknown = Test::new().file("refs.txt", "").args(&["cite", "--style", "apa", "refs.txt"]).run();
    assert_eq!(unknown.code, 2);
}
