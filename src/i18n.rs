//! UI strings in Indonesian and English.
//!
//! Every message is declared once with both translations side by side, so a missing
//! translation is a compile error rather than a runtime fallback. (The interface has a few
//! dozen short strings and no plurals — Indonesian has none — so a message-catalogue system
//! would add files and a runtime without catching more mistakes.) Lesson text is bilingual in
//! the lesson files themselves; this is only the interface around it.

use crate::lang::Lang;

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident => $id:literal, $en:literal;)*) => {
        /// A UI message. `{0}`, `{1}` … in a text are filled by [`Msg::fill`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Msg { $($(#[$doc])* $name),* }

        impl Msg {
            /// Every message, for tests that look at all of them.
            pub const ALL: &'static [Msg] = &[$(Msg::$name),*];

            /// The message in `lang`.
            #[must_use]
            pub fn text(self, lang: Lang) -> &'static str {
                match (self, lang) {
                    $((Msg::$name, Lang::Id) => $id, (Msg::$name, Lang::En) => $en,)*
                }
            }
        }
    };
}

messages! {
    AppTitle => "infolit — pelatihan literasi informasi", "infolit — information literacy training";
    Workshops => "Lokakarya", "Workshops";
    Lessons => "Pelajaran", "Lessons";
    LessonCount => "{0} pelajaran", "{0} lessons";
    Minutes => "{0} menit", "{0} min";
    Objectives => "Tujuan pembelajaran", "Learning objectives";
    StepOf => "Langkah {0} dari {1}", "Step {0} of {1}";
    Page => "Halaman", "Page";
    MoreBelow => "masih ada di bawah (PgDn)", "more below (PgDn)";
    EndOfText => "akhir teks", "end of text";
    Exercise => "Latihan", "Exercise";
    HintNumber => "Petunjuk {0}", "Hint {0}";
    HintsLeft => "Petunjuk tersedia: {0}", "Hints available: {0}";
    NoMoreHints => "Tidak ada petunjuk lagi.", "There are no more hints.";
    NoHintsHere => "Petunjuk hanya ada pada latihan.", "Hints are only available on exercises.";
    Correct => "Benar!", "Correct!";
    Incorrect => "Belum tepat.", "Not quite.";
    InvalidAnswer => "Jawaban itu tidak cocok dengan soal ini.", "That answer does not fit this exercise.";
    NoteEmpty => "Anda belum menjawab.", "You have not answered yet.";
    NotePickedCorrect => "Anda memilih {0} dari {1} jawaban yang benar.", "You picked {0} of the {1} correct answers.";
    NoteWrongPicks => "Pilihan yang salah: {0}.", "Wrong picks: {0}.";
    NoteTypo => "Diterima, tetapi periksa ejaannya: «{0}».", "Accepted, but check the spelling: “{0}”.";
    NoteNotANumber => "Itu bukan angka. Tulis angka saja, misalnya 12 atau 1,5.", "That is not a number. Type digits only, for example 12 or 1.5.";
    NoteUseEveryItemOnce => "Susun setiap butir tepat satu kali.", "Place every item exactly once.";
    NoteInOrder => "Urutan terpanjang yang sudah benar: {0} dari {1} butir.", "The longest run already in the right order: {0} of {1} items.";
    NoteGapsToCheck => "Periksa lagi isian nomor {0}.", "Look again at gap {0}.";
    PlainCloze => "Ketik isian setiap rumpang, dipisah | (misalnya AND | b), lalu Enter. Perintah diawali titik dua: :h petunjuk, :n lewati, :b kembali, :q keluar.", "Type each gap's value, separated by | (e.g. AND | b), and press Enter. Commands start with a colon: :h hint, :n skip, :b back, :q quit.";
    ClozeHint => "↑↓: pilih rumpang, ketik isiannya (rumpang pilihan: ←→), Enter: kirim.", "↑↓: choose a gap, type its value (choice gaps: ←→), Enter: submit.";
    GapOptions => "Rumpang {0}: {1}", "Gap {0}: {1}";
    KeyGap => "rumpang", "gap";
    QueryEmpty => "Kueri kosong.", "The query is empty.";
    QueryEmptyHelp => "Ketik satu kata atau lebih, misalnya: literasi informasi", "Type one or more words, for example: information literacy";
    QueryUnclosed => "Tanda kurung ini tidak pernah ditutup.", "This parenthesis is never closed.";
    QueryUnclosedHelp => "Tambahkan ) di akhir kelompoknya.", "Add ) where the group ends.";
    QueryUnexpectedClose => "Tanda kurung tutup ini tidak punya pasangan pembuka.", "This closing parenthesis has no opening one.";
    QueryUnexpectedCloseHelp => "Hapus ), atau tambahkan ( di awal kelompoknya.", "Remove the ), or add ( where the group starts.";
    QueryEmptyGroup => "Tanda kurung ini kosong.", "These parentheses are empty.";
    QueryEmptyGroupHelp => "Tulis kata di dalamnya, atau hapus tanda kurungnya.", "Put words inside, or remove them.";
    QueryDangling => "{0} perlu kata di kedua sisinya.", "{0} needs something on both sides.";
    QueryDanglingNot => "NOT perlu kata yang dikecualikan sesudahnya.", "NOT needs something to exclude after it.";
    QueryDanglingHelp => "Misalnya: sampah {0} plastik", "For example: sampah {0} plastik";
    QueryDanglingEnd => "Kueri berakhir sebelum selesai.", "The query ends too early.";
    QueryEmptyPhrase => "Tanda kutip ini tidak memuat kata.", "These quotation marks hold no words.";
    QueryEmptyPhraseHelp => "Tulis frasa di antaranya, misalnya \"literasi informasi\".", "Put a phrase between them, for example \"information literacy\".";
    QueryUnclosedQuote => "Tanda kutip ini tidak pernah ditutup.", "This quotation mark is never closed.";
    QueryUnclosedQuoteHelp => "Tambahkan \" di akhir frasa.", "Add \" where the phrase ends.";
    QueryUnknownField => "Kode ruas {0}: tidak dikenal.", "{0}: is not a field code.";
    QueryFieldHelp => "Kode ruas: title: (ti:), author: (au:), subject: (su:), year:, lang:, type:, isbn:", "Field codes: title: (ti:), author: (au:), subject: (su:), year:, lang:, type:, isbn:";
    QueryDidYouMean => "Maksud Anda {0}:?", "Did you mean {0}:?";
    QueryEmptyField => "Sesudah {0}: harus ada kata yang dicari.", "{0}: needs something to search for after it.";
    QueryEmptyFieldHelp => "Tanpa spasi, misalnya: {0}:stunting", "Without a space, for example: {0}:stunting";
    QueryBadYear => "Tahun harus berupa angka atau rentang.", "A year must be a number or a range.";
    QueryBadYearHelp => "Misalnya year:2019 atau year:2010..2020", "For example year:2019 or year:2010..2020";
    QueryTruncation => "Pemotongan * hanya boleh di akhir kata.", "Truncation * goes at the end of a word.";
    QueryTruncationHelp => "Misalnya litera* menemukan literasi, literacy, literature.", "For example litera* finds literasi, literacy, literature.";
    QueryReadAs => "Kueri Anda dibaca sebagai: {0}", "Your query was read as: {0}";
    QueryLowercaseOperator => "Catatan: {0} ditulis dengan huruf kecil, jadi dicari sebagai kata. Tulis {1} untuk menggabungkan.", "Note: {0} is in lower case, so it was searched as a word. Write {1} to combine.";
    QueryResults => "{0} hasil", "{0} results";
    ResponseRecorded => "Terima kasih! Jawaban Anda sudah dicatat untuk fasilitator.", "Thank you! Your answer was recorded for the facilitator.";
    PlainPoll => "Ketik nomor pilihan Anda lalu Enter. Perintah diawali titik dua: :n lewati, :b kembali, :q keluar.", "Type the number of your choice and press Enter. Commands start with a colon: :n skip, :b back, :q quit.";
    PlainSurvey => "Jawab setiap pertanyaan, dipisah | (nomor untuk skala dan pilihan, teks untuk isian; kosongkan untuk melewati), lalu Enter. Perintah diawali titik dua.", "Answer each question, separated by | (a number for scales and choices, text for open questions; leave one empty to skip it), and press Enter. Commands start with a colon.";
    SurveyHint => "↑↓: pilih pertanyaan, ←→ atau angka: pilih jawaban, ketik untuk isian, Enter: kirim.", "↑↓: choose a question, ←→ or a number: choose an answer, type for open questions, Enter: submit.";
    NotePairsRight => "Pasangan yang benar: {0} dari {1}.", "Pairs right: {0} of {1}.";
    PlainOrder => "Ketik nomor butir dalam urutan yang benar, misalnya 3 1 2, lalu Enter. h: petunjuk, n: lewati.", "Type the items' numbers in the right order, e.g. 3 1 2, and press Enter. h: hint, n: skip.";
    PlainMatch => "Ketik pasangan: nomor kiri dan huruf kanan, misalnya 1b 2a, lalu Enter. h: petunjuk, n: lewati.", "Type pairs, a left number and a right letter, e.g. 1b 2a, and press Enter. h: hint, n: skip.";
    MoveHint => "Spasi: ambil/lepas butir, ↑↓: pindahkan, Enter: kirim.", "Space: pick up/put down an item, ↑↓: move it, Enter: submit.";
    MatchHint => "↑↓: pilih baris, ←→: pilih pasangan, Enter: kirim.", "↑↓: choose a row, ←→: choose its partner, Enter: submit.";
    KeyMove => "pindah", "move";
    KeyPair => "pasangkan", "pair";
    NoteTooHigh => "Terlalu besar.", "Too high.";
    NoteTooLow => "Terlalu kecil.", "Too low.";
    NoteHintPenalty => "Petunjuk dipakai: {0} (nilai −{1}).", "Hints used: {0} (−{1} points).";
    TryAgain => "Coba lagi.", "Try again.";
    Score => "Nilai: {0} dari {1}", "Score: {0} of {1}";
    KeyNext => "lanjut", "next";
    Explanation => "Penjelasan", "Explanation";
    YourAnswer => "Jawaban Anda: {0}", "Your answer: {0}";
    LessonFinished => "Pelajaran «{0}» selesai.", "You finished the lesson “{0}”.";
    FirstStep => "Ini langkah pertama.", "This is the first step.";
    NoSuchItem => "Tidak ada nomor {0}.", "There is no number {0}.";
    UnknownCommand => "Perintah tidak dikenal: {0}", "Unknown command: {0}";
    LanguageSwitched => "Bahasa: {0}", "Language: {0}";
    TooSmall => "Jendela terlalu kecil ({0}×{1}). Perbesar hingga sedikitnya {2}×{3}.", "The window is too small ({0}×{1}). Make it at least {2}×{3}.";
    KeySelect => "pilih", "select";
    KeyOpen => "buka", "open";
    KeyAnswer => "jawab", "answer";
    KeyBack => "kembali", "back";
    KeySteps => "langkah", "steps";
    KeyScroll => "gulir", "scroll";
    KeyHint => "petunjuk", "hint";
    KeyLanguage => "English", "Bahasa Indonesia";
    KeyHelp => "bantuan", "help";
    KeyQuit => "keluar", "quit";
    HelpTitle => "Bantuan", "Help";
    HelpIntro => "infolit memandu Anda melalui lokakarya: pilih lokakarya, lalu pelajaran, lalu baca halaman dan kerjakan latihan.", "infolit guides you through workshops: pick a workshop, then a lesson, then read its pages and do its exercises.";
    HelpMove => "↑ ↓  pilih dalam daftar, atau pilih jawaban", "↑ ↓  move in a list, or between answers";
    HelpOpen => "Enter  buka pilihan, atau kirim jawaban", "Enter  open the selection, or submit an answer";
    HelpNumbers => "1–9  pilih nomor itu langsung", "1–9  pick that number at once";
    HelpSteps => "← →  langkah sebelumnya / berikutnya (juga p / n)", "← →  previous / next step (also p / n)";
    HelpScroll => "PgUp PgDn  gulir teks (pada halaman juga ↑ ↓)", "PgUp PgDn  scroll the text (↑ ↓ too on pages)";
    HelpHint => "h  tampilkan petunjuk berikutnya", "h  show the next hint";
    HelpTick => "Spasi  centang jawaban (soal dengan beberapa jawaban)", "Space  tick an answer (questions with several answers)";
    HelpTyped => "Saat mengetik jawaban: Enter kirim, Tab langkah berikutnya, F2 petunjuk, F3 bahasa, F1 bantuan, Ctrl-C keluar", "While typing an answer: Enter submits, Tab next step, F2 hint, F3 language, F1 help, Ctrl-C quit";
    HelpBack => "Esc  kembali", "Esc  go back";
    HelpLanguage => "l  ganti bahasa (Bahasa Indonesia / English)", "l  switch language (Bahasa Indonesia / English)";
    HelpQuit => "q  keluar (juga Ctrl-C)", "q  quit (also Ctrl-C)";
    HelpCatalogue => "F4  katalog, layar mana pun (di sana F5: bentuk kata); Esc kembali", "F4  practice catalogue, any screen (F5 there: word forms); Esc: back";
    KeyCatalogue => "katalog", "catalogue";
    CatalogueTitle => "Katalog latihan", "Practice catalogue";
    CatalogueWordFormsOn => "bentuk kata: aktif (F5)", "word forms: on (F5)";
    CatalogueWordFormsOff => "bentuk kata: mati (F5)", "word forms: off (F5)";
    CatalogueHint => "Ketik kueri, misalnya: literasi AND lang:id, \"hak cipta\", litera*, su:stunting OR au:toer", "Type a query, for example: literacy AND lang:en, \"information literacy\", litera*, su:stunting OR au:toer";
    CatalogueShowing => "({0} pertama ditampilkan)", "(the first {0} shown)";
    CatalogueClauses => "Jumlah temuan tiap bagian kueri:", "What each part of the query finds:";
    CatalogueWhy => "Mengapa cantuman ini ditemukan:", "Why this record was found:";
    CatalogueMeets => "memenuhi", "meets";
    CatalogueFails => "tidak memenuhi", "does not meet";
    CatalogueFound => "temuan bagian ini: {0}", "this part finds {0}";
    CatalogueNoResults => "Tidak ada hasil. Coba kata lain, OR untuk sinonim, atau pemotongan (litera*).", "No results. Try other words, OR for synonyms, or truncation (litera*).";
    KeyResults => "hasil", "results";
    KeyClose => "tutup", "close";
    FieldAuthors => "Pengarang", "Authors";
    FieldYear => "Tahun", "Year";
    FieldType => "Jenis", "Type";
    FieldLanguage => "Bahasa", "Language";
    FieldPublisher => "Penerbit", "Publisher";
    FieldContainer => "Terbitan induk", "Published in";
    FieldSubjects => "Subjek", "Subjects";
    FieldKeywords => "Kata kunci", "Keywords";
    FieldAbstract => "Abstrak", "Abstract";
    FieldIdentifiers => "Nomor standar", "Identifiers";
    FieldCallNumber => "Nomor panggil", "Call number";
    NoteQueryFound => "Kueri Anda menemukan {0} cantuman; {1} dari {2} cantuman yang relevan.", "Your query found {0} records: {1} of the {2} relevant ones.";
    NoteQueryMissed => "Terlewat: {0}.", "Missed: {0}.";
    NoteQueryRemovedByNot => "NOT {0} menyingkirkan {1} cantuman relevan (cantuman itu cocok dengan {0}). Sempitkan bagian NOT, atau hapus.", "NOT {0} removed {1} relevant records (they match {0}). Narrow the NOT part, or drop it.";
    NoteQueryLeftOutBy => "Bagian {0} (digabung dengan AND) tidak ada di {1} cantuman relevan. Tambahkan sinonim dengan OR, atau hapus bagian itu.", "The part {0} (joined with AND) is missing from {1} relevant records. Add synonyms with OR, or drop that part.";
    NoteQueryNoWord => "{0} cantuman relevan tidak memuat satu pun kata kueri Anda. Coba sinonim dengan OR, kata dalam bahasa lain, atau pemotongan (*).", "{0} relevant records contain none of your query's words. Try synonyms with OR, words in the other language, or truncation (*).";
    NoteQueryExcess => "Juga ditemukan {0} cantuman yang tidak sesuai kebutuhan, misalnya {1}. Persempit dengan AND, kode ruas, atau frasa.", "It also found {0} records that do not meet the need, e.g. {1}. Narrow it with AND, a field code or a phrase.";
    NoteQueryForbidden => "Ditemukan cantuman yang seharusnya tersingkir: {0}.", "It found records this search should leave out: {0}.";
    NoteQueryCountBetween => "Kueri Anda menemukan {0} cantuman; usahakan antara {1} dan {2}.", "Your query found {0} records; aim for between {1} and {2}.";
    NoteQueryCountAtLeast => "Kueri Anda menemukan {0} cantuman; usahakan sedikitnya {1}.", "Your query found {0} records; aim for at least {1}.";
    NoteQueryCountAtMost => "Kueri Anda menemukan {0} cantuman; usahakan paling banyak {1}.", "Your query found {0} records; aim for at most {1}.";
    NoteQueryTechnique => "Gunakan {0} dalam penelusuran ini.", "Use {0} in this search.";
    AndMore => "dan {0} lainnya", "and {0} more";
    TechniqueAnd => "AND (atau DAN)", "AND";
    TechniqueOr => "OR (atau ATAU)", "OR";
    TechniqueNot => "NOT (atau TIDAK)", "NOT";
    TechniquePhrase => "frasa dalam tanda kutip (\"...\")", "a phrase in quotation marks (\"...\")";
    TechniqueTruncation => "pemotongan kata (*)", "truncation (*)";
    TechniqueField => "kode ruas (ti:, au:, su:)", "a field code (ti:, au:, su:)";
    TechniqueParentheses => "tanda kurung", "parentheses";
    TechniqueYear => "batas tahun (year:)", "a year limit (year:)";
    TechniqueLanguage => "batas bahasa (lang:)", "a language limit (lang:)";
    TechniqueType => "batas jenis (type:)", "a type limit (type:)";
    IdWorking => "Jumlah hasil kali: {0} = {1}; {1} mod {2} = {3}; ({2} − {3}) mod {2} memberi digit pemeriksa {4}.", "Weighted sum: {0} = {1}; {1} mod {2} = {3}; ({2} − {3}) mod {2} gives the check digit {4}.";
    IdRuleIsbn10 => "ISBN-10: kalikan sembilan digit pertama dengan 10, 9, …, 2 lalu jumlahkan; digit pemeriksa = (11 − jumlah mod 11) mod 11, dan 10 ditulis X (ISO 2108).", "ISBN-10: multiply the first nine digits by 10, 9, …, 2 and add them up; the check digit is (11 − sum mod 11) mod 11, with 10 written X (ISO 2108).";
    IdRuleIsbn13 => "ISBN-13: kalikan dua belas digit pertama bergantian dengan 1 dan 3 lalu jumlahkan; digit pemeriksa = (10 − jumlah mod 10) mod 10 (ISO 2108).", "ISBN-13: multiply the first twelve digits by 1 and 3 in turn and add them up; the check digit is (10 − sum mod 10) mod 10 (ISO 2108).";
    IdRuleIssn => "ISSN: kalikan tujuh digit pertama dengan 8, 7, …, 2 lalu jumlahkan; digit pemeriksa = (11 − jumlah mod 11) mod 11, dan 10 ditulis X (ISO 3297).", "ISSN: multiply the first seven digits by 8, 7, …, 2 and add them up; the check digit is (11 − sum mod 11) mod 11, with 10 written X (ISO 3297).";
    IdRemainderGiven => "Itu sisa bagi (jumlah mod {1} = {0}), belum digit pemeriksanya: kurangkan dari {1}, lalu ambil mod {1} lagi.", "That is the remainder (sum mod {1} = {0}), not yet the check digit: subtract it from {1}, then take mod {1} again.";
    IdTenIsX => "Digit pemeriksa hanya satu karakter: nilai 10 ditulis X.", "A check digit is one character: the value 10 is written X.";
    IdShape => "Jawablah dengan satu digit pemeriksa, atau {0} lengkap ({1} karakter).", "Answer with one check digit, or the whole {0} ({1} characters).";
    IdValid => "{0} ini sah: jumlah hasil kali termasuk digit pemeriksa adalah {1}, dan {1} mod {2} = {3}.", "This {0} is valid: the weighted sum including the check digit is {1}, and {1} mod {2} = {3}.";
    IdInvalid => "{0} ini tidak sah: jumlah hasil kali termasuk digit pemeriksa adalah {1}, dan {1} mod {2} = {3}, bukan 0.", "This {0} is not valid: the weighted sum including the check digit is {1}, and {1} mod {2} = {3}, not 0.";
    IdSayValid => "Jawab sah atau tidak sah (valid atau invalid).", "Answer valid or invalid (sah or tidak sah).";
    IdPrefix978 => "ISBN-13 dari sebuah ISBN-10 diawali 978.", "The ISBN-13 of an ISBN-10 starts with 978.";
    IdOldCheck => "Digit pemeriksa {0} yang lama ikut terbawa: buang, lalu hitung yang baru dengan aturan skema tujuan.", "The old {0} check digit was kept: drop it, and compute a new one with the rule of the new scheme.";
    IdDrop978 => "ISBN-10 tidak memuat awalan 978: buang tiga digit pertama itu.", "An ISBN-10 has no 978 prefix: drop those first three digits.";
    IdNotADoi => "Ini bukan DOI: DOI diawali 10., lalu kode pendaftar, garis miring, dan akhiran.", "This is not a DOI: a DOI starts with 10., then the registrant code, a slash and a suffix.";
    IdDifferentDoi => "DOI-nya sendiri berubah: salin persis DOI yang diberikan (huruf besar-kecil boleh berbeda).", "The DOI itself changed: copy the given DOI exactly (upper or lower case does not matter).";
    IdDoiLabel => "Tulis DOI sebagai URL https://doi.org/…, tanpa label doi: (pedoman tampilan Crossref; APA 7 dan MLA 9).", "Write the DOI as a URL, https://doi.org/…, without the doi: label (Crossref's display guidelines; APA 7 and MLA 9).";
    IdDoiBare => "Tambahkan https://doi.org/ di depan DOI agar menjadi tautan.", "Put https://doi.org/ in front of the DOI to make it a link.";
    IdDoiHttp => "Gunakan https, bukan http.", "Use https, not http.";
    IdDoiDx => "Hapus dx. yang lama: https://doi.org/.", "Drop the old dx.: https://doi.org/.";
    IdDoiEncode => "Dalam URL, karakter ini harus dikodekan (Buku Panduan DOI): {0}.", "In a URL these characters must be encoded (the DOI Handbook): {0}.";
    IdGiven => "Diketahui — {0}: {1}", "Given — {0}: {1}";
    AnswerValid => "sah", "valid";
    AnswerInvalid => "tidak sah", "invalid";
    AnswerYes => "boleh", "yes";
    AnswerNo => "tidak", "no";
    LicenceUseShown => "Lisensi: {0} · Penggunaan: {1}", "Licence: {0} · Use: {1}";
    LicenceWorksShown => "Karya yang digabung: {0}", "Works to combine: {0}";
    UseShare => "menyalin dan membagikannya tanpa diubah, bukan untuk tujuan komersial", "copy and share it unchanged, not commercially";
    UseCommercial => "membagikannya tanpa diubah untuk tujuan komersial (misalnya dijual)", "share it unchanged commercially (for example, sell it)";
    UseAdapt => "membuat dan membagikan adaptasinya, bukan untuk tujuan komersial", "make and share an adaptation, not commercially";
    UseAdaptCommercial => "membuat dan membagikan adaptasinya untuk tujuan komersial", "make and share an adaptation commercially";
    LicenceNotALicence => "Jawablah dengan nama lisensi Creative Commons: CC0, CC BY, CC BY-SA, CC BY-NC, CC BY-NC-SA, CC BY-ND, atau CC BY-NC-ND.", "Answer with the name of a Creative Commons licence: CC0, CC BY, CC BY-SA, CC BY-NC, CC BY-NC-SA, CC BY-ND or CC BY-NC-ND.";
    LicenceNeedsNc => "Pencipta tidak mengizinkan penggunaan komersial, jadi lisensinya perlu NC (NonKomersial).", "The creator does not allow commercial use, so the licence needs NC (NonCommercial).";
    LicenceNoNc => "Pencipta mengizinkan penggunaan komersial, jadi lisensinya tidak memakai NC.", "The creator allows commercial use, so the licence has no NC.";
    LicenceAdaptYes => "Adaptasi boleh dibagikan dengan bebas, jadi lisensinya tanpa SA maupun ND.", "Adaptations may be shared freely, so the licence has neither SA nor ND.";
    LicenceAdaptSa => "Adaptasi boleh dibagikan asalkan memakai lisensi yang sama: itulah SA (BerbagiSerupa).", "Adaptations may be shared if they carry the same licence: that is SA (ShareAlike).";
    LicenceAdaptNo => "Adaptasi tidak boleh dibagikan: itulah ND (TanpaTurunan).", "Adaptations may not be shared: that is ND (NoDerivatives).";
    LicenceWaive => "Melepaskan semua hak sejauh diizinkan hukum adalah CC0, sebuah pernyataan domain publik; CC0 bukan salah satu dari enam lisensi CC.", "Giving up every right as far as the law allows is CC0, a public-domain dedication; CC0 is not one of the six CC licences.";
    LicenceChosen => "Pemilih lisensi Creative Commons memberi {0} untuk keinginan ini.", "Creative Commons' licence chooser gives {0} for these wishes.";
    LicenceSayYesNo => "Jawab boleh atau tidak (yes atau no).", "Answer yes or no (boleh or tidak).";
    LicenceAllowed => "{0} mengizinkan Anda {1}, dengan mencantumkan atribusi (judul, pencipta, sumber, lisensi).", "{0} lets you {1}, with attribution (title, author, source, licence).";
    LicenceAllowedSa => "{0} mengizinkan Anda {1}, dengan atribusi, dan adaptasinya harus memakai lisensi yang sama (SA).", "{0} lets you {1}, with attribution, and the adaptation must carry the same licence (SA).";
    LicenceForbiddenNc => "{0} memuat NC: Anda tidak boleh {1}.", "{0} is NC (NonCommercial): you may not {1}.";
    LicenceForbiddenNd => "{0} memuat ND: adaptasi tidak boleh dibagikan, jadi Anda tidak boleh {1}.", "{0} is ND (NoDerivatives): adaptations may not be shared, so you may not {1}.";
    LicenceRule => "Aturannya (bagan kompatibilitas Creative Commons): {0}", "The rule (Creative Commons' compatibility chart): {0}";
    LicenceCannotCombine => "Karya-karya ini tidak dapat digabung menjadi satu adaptasi.", "These works cannot be combined into one adaptation.";
    LicenceCanCombine => "Karya-karya ini dapat digabung: cari lisensi paling longgar yang memenuhi syarat keduanya.", "These works can be combined: find the least restrictive licence that meets the conditions of both.";
    LicenceNotAYear => "Jawablah dengan satu tahun, misalnya 2051.", "Answer with one year, for example 2051.";
    LicenceLastProtected => "Itu tahun terakhir perlindungan: perlindungan berakhir 31 Desember tahun itu, dan ciptaan menjadi milik umum pada 1 Januari tahun berikutnya.", "That is the last year of protection: it ends on 31 December of that year, and the work enters the public domain on 1 January of the next.";
    LicenceFirstAuthor => "Untuk ciptaan bersama, hitung dari meninggalnya pencipta yang terakhir meninggal (UU No. 28 Tahun 2014 Pasal 58 ayat (2)).", "For a joint work, count from the death of the last surviving author (UU No. 28/2014, Article 58(2)).";
    LicenceOldLaw => "Seumur hidup ditambah 50 tahun adalah aturan UU No. 19 Tahun 2002; UU No. 28 Tahun 2014 Pasal 58 memberi seumur hidup ditambah 70 tahun.", "Life plus 50 years was the rule of UU No. 19/2002; UU No. 28/2014, Article 58, gives life plus 70 years.";
    TermLife70 => "UU No. 28 Tahun 2014 Pasal 58: seumur hidup pencipta ditambah 70 tahun sejak 1 Januari tahun berikutnya setelah ia meninggal; ciptaan menjadi milik umum pada 1 Januari sesudah itu.", "UU No. 28/2014, Article 58: the author's life plus 70 years, counted from 1 January of the year after the death; the work enters the public domain on the next 1 January.";
    TermAnnounce50 => "UU No. 28 Tahun 2014 Pasal 59 ayat (1) (juga Pasal 58 ayat (3) dan Pasal 60): 50 tahun sejak pertama kali dilakukan Pengumuman.", "UU No. 28/2014, Article 59(1) (also Articles 58(3) and 60): 50 years from first announcement.";
    TermAnnounce25 => "UU No. 28 Tahun 2014 Pasal 59 ayat (2), seni terapan: 25 tahun sejak pertama kali dilakukan Pengumuman.", "UU No. 28/2014, Article 59(2), applied art: 25 years from first announcement.";
    CiteItalics => "Tandai bagian bercetak miring dengan *bintang*: {0}.", "Mark the italic parts with *asterisks*: {0}.";
    CitePunctuation => "Semua unsur sudah ada; periksa tanda baca dan urutannya menurut {0}.", "Every element is there; check the punctuation and the order against {0}.";
    CiteYearPlace => "Dalam {0}, tahun terbit langsung mengikuti nama pengarang.", "In {0}, the year comes right after the authors.";
    CiteAuthorsApa => "Pengarang dalam {0}: Nama Belakang, Inisial., dipisah koma, dengan & sebelum pengarang terakhir (hingga 20 pengarang).", "Authors in {0}: Surname, Initials., separated by commas, with & before the last (up to 20 authors).";
    CiteAuthorsMla => "Pengarang dalam {0}: pengarang pertama dibalik (Nama Belakang, Nama Depan), pengarang kedua sesudah and tanpa dibalik; tiga pengarang atau lebih: pengarang pertama lalu et al.", "Authors in {0}: the first author inverted (Surname, Given name), the second after and, not inverted; three or more: the first author and et al.";
    CiteAuthorsChicago => "Pengarang dalam {0}: pengarang pertama dibalik, yang lain tidak, dengan and sebelum pengarang terakhir.", "Authors in {0}: the first author inverted, the others not, with and before the last.";
    CiteYearApa => "Dalam {0}, tahun ditulis dalam tanda kurung sesudah pengarang: (2021).", "In {0}, the year follows the authors, in parentheses: (2021).";
    CiteYearMla => "Dalam {0}, tanggal terbit ada menjelang akhir, sesudah nomor volume dan terbitan (atau sesudah penerbit).", "In {0}, the date comes near the end, after the volume and issue (or after the publisher).";
    CiteYearChicago => "Dalam {0} (pengarang-tahun), tahun ditulis sesudah pengarang: Nama. 2021.", "In {0}, the year follows the authors: Name. 2021.";
    CiteTitleOwnCase => "Judul berbahasa selain Inggris mempertahankan huruf kapitalnya sendiri: salin seperti tertulis pada sumber.", "A title in a language other than English keeps its own capitals: copy it as the source writes it.";
    CiteTitleSentenceCase => "{0} menulis judul artikel dan buku dengan huruf kapital kalimat: hanya kata pertama, kata pertama sesudah titik dua, dan nama diri.", "{0} writes article and book titles in sentence case: only the first word, the first word after a colon, and proper nouns have capitals.";
    CiteTitleTitleCase => "{0} menulis judul berbahasa Inggris dengan huruf kapital judul: setiap kata utama diawali huruf kapital.", "{0} writes English titles in title case: every major word has a capital.";
    CiteTitleMissing => "Judulnya tidak ada atau berubah: salin dari sumber.", "The title is missing or changed: copy it from the source.";
    CiteContainer => "Nama jurnal, situs, atau buku induknya tidak ada atau berubah.", "The name of the journal, website or book it is in is missing or changed.";
    CiteNumbersApa => "Dalam {0}, volume dan nomor ditulis 15(2), sesudah nama jurnal.", "In {0}, the volume and issue are written 15(2), after the journal's name.";
    CiteNumbersMla => "Dalam {0}, volume dan nomor ditulis vol. 15, no. 2.", "In {0}, the volume and issue are written vol. 15, no. 2.";
    CiteNumbersChicago => "Dalam {0}, volume dan nomor ditulis 15 (2), sesudah nama jurnal.", "In {0}, the volume and issue are written 15 (2), after the journal's name.";
    CitePagesMla => "Dalam {0}, halaman diawali pp. (atau hlm.): pp. 45–67.", "In {0}, pages come after pp.: pp. 45–67.";
    CitePages => "Halamannya tidak ada atau berbeda: tulis rentang halaman dengan tanda pisah, 45–67.", "The pages are missing or different: write the range with a dash, 45–67.";
    CitePublisher => "Nama penerbitnya tidak ada atau berubah (tempat terbit tidak ditulis).", "The publisher is missing or changed (the place of publication is left out).";
    CiteLink => "Tulis DOI sebagai tautan, https://doi.org/…, di akhir (atau URL bila tidak ada DOI).", "Write the DOI as a link, https://doi.org/…, at the end (or the URL if there is no DOI).";
    SourceShown => "Sumber:", "Source:";
    FieldTitle => "Judul", "Title";
    FieldVolume => "Volume", "Volume";
    FieldIssue => "Nomor", "Issue";
    FieldPages => "Halaman", "Pages";
    FieldEdition => "Edisi", "Edition";
    FieldAccessed => "Diakses", "Accessed";
    FieldKind => "Jenis", "Type";
    FixShown => "Perbaiki daftar pustaka ini ({0}):", "Correct this reference ({0}):";
    WriteShown => "Tulis entri daftar pustakanya dalam gaya {0}.", "Write its reference-list entry in {0} style.";
    HelpClose => "Tekan tombol apa saja untuk menutup bantuan.", "Press any key to close this help.";
    HelpData => "Data disimpan di: {0}", "Data is kept in: {0}";
    PlainHome => "Ketik nomor lokakarya lalu Enter.", "Type a workshop's number and press Enter.";
    PlainWorkshop => "Ketik nomor pelajaran lalu Enter.", "Type a lesson's number and press Enter.";
    PlainPage => "Enter atau n: lanjut, p: sebelumnya.", "Enter or n: next, p: previous.";
    PlainExercise => "Ketik nomor jawaban lalu Enter. h: petunjuk, n: lewati.", "Type the number of your answer and press Enter. h: hint, n: skip.";
    PlainCommands => "b: kembali, l: English, ?: bantuan, q: keluar", "b: back, l: Bahasa Indonesia, ?: help, q: quit";
    PlainHelp => "Perintah: nomor = pilih, Enter/n = lanjut, p = sebelumnya, h = petunjuk, b = kembali, r = ulangi latihan yang jatuh tempo, / pertanyaan = tanya isi pelajaran, g = glosarium (g ISTILAH: satu istilah), l = ganti bahasa, q = keluar. Saat mengetik jawaban, awali perintah dengan titik dua (:g doi).", "Commands: a number = choose, Enter/n = next, p = previous, h = hint, b = back, r = review what is due, / question = ask the lessons, g = glossary (g TERM: one term), l = switch language, q = quit. While typing an answer, start a command with a colon (:g doi).";
    PlainAskHow => "Ketik go NOMOR untuk membuka jawaban itu.", "Type go NUMBER to open that answer.";
    PlainGlossaryHow => "Ketik g ISTILAH untuk membaca satu istilah.", "Type g TERM to read one term.";
    PlainNoSuchTerm => "Tidak ada istilah «{0}» di glosarium. Maksud Anda: {1}?", "No glossary term is called “{0}”. Did you mean: {1}?";
    PlainNoTerm => "Tidak ada istilah «{0}» di glosarium; g menampilkan semuanya.", "No glossary term is called “{0}”; g lists them all.";
    PlainPageTerms => "Istilah di halaman ini (g ISTILAH untuk membacanya): {0}", "Terms on this page (g TERM to read one): {0}";
    Goodbye => "Sampai jumpa!", "Goodbye!";
    WhoAreYou => "Siapa Anda?", "Who are you?";
    PlainWho => "Ketik nomor Anda, atau nama baru, lalu tekan Enter.", "Type your number, or a new name, and press Enter.";
    PickerNew => "Nama baru: {0}", "New name: {0}";
    PickerHelp => "Pilih nama Anda dengan ↑↓ lalu Enter, atau ketik nama baru. Tanpa kata sandi: nama hanya memisahkan progres setiap orang. F2 mengganti nama, Del menghapus nama beserta pekerjaannya.", "Choose your name with ↑↓ and Enter, or type a new one. No password: a name only keeps each person's progress apart. F2 renames, Del deletes a name and its work.";
    NameEmpty => "Ketik sebuah nama.", "Type a name.";
    NameTooLong => "Nama terlalu panjang (paling banyak 40 huruf).", "That name is too long (40 letters at most).";
    Welcome => "Selamat datang, {0}!", "Welcome, {0}!";
    NameNotConfirmed => "Nama yang diketik tidak sama; tidak ada yang dihapus.", "The name typed does not match; nothing was deleted.";
    RenameTo => "Nama baru untuk {0}: {1}", "New name for {0}: {1}";
    ConfirmDelete => "Hapus {0} beserta semua pekerjaannya? Ketik namanya lagi lalu Enter (Esc: batal): {1}", "Delete {0} and all their work? Type the name again and press Enter (Esc: cancel): {1}";
    KeyRename => "ganti nama", "rename";
    KeyDelete => "hapus", "delete";
    NotSaved => "Progres tidak tersimpan: {0}", "Progress not saved: {0}";
    PreviewTag => "pratinjau", "preview";
    RecommendNext => "Berikutnya: «{0}» ({1}).", "Next: “{0}” ({1}).";
    RecommendWeak => "Jawaban Anda pada kerangka «{0}» rata-rata {1} %: pelajari lagi «{2}».", "Your answers in the frame “{0}” average {1} %: study “{2}” again.";
    RecommendTitle => "Saran belajar", "What to study next";
    RecommendNothing => "Semua pelajaran selesai dan jawaban Anda kuat. Hebat!", "Every lesson is done and your answers are strong. Well done!";
    AskNothing => "Tidak ada bagian pelajaran yang cocok. Coba kata lain, misalnya istilah dari judul pelajaran.", "No part of the lessons matches. Try other words, such as a term from a lesson's title.";
    AskFromPage => "langkah {0}", "step {0}";
    AskFromExplanation => "penjelasan latihan, langkah {0}", "exercise explanation, step {0}";
    AskOpen => "buka", "open";
    PreviewBroken => "Galat: {0}, peringatan: {1}. Yang tampil adalah versi terakhir yang baik. Perbaiki lalu simpan; pratinjau dimuat ulang sendiri.", "Errors: {0}, warnings: {1}. Showing the last good version. Fix and save; the preview reloads by itself.";
    PreviewWarnings => "Peringatan: {0}. Perbaiki lalu simpan; pratinjau dimuat ulang sendiri.", "Warnings: {0}. Fix and save; the preview reloads by itself.";
    PreviewReloaded => "Dimuat ulang setelah disimpan.", "Reloaded after a save.";
    LessonsDone => "{0}/{1} pelajaran selesai", "{0}/{1} lessons done";
    NothingTicked => "Centang dulu jawaban Anda dengan Spasi, lalu tekan Enter.", "Tick your answers with Space first, then press Enter.";
    NoAttemptsLeft => "Kesempatan menjawab sudah habis.", "No attempts left.";
    AttemptsLeft => "Sisa kesempatan: {0}", "Attempts left: {0}";
    CorrectAnswerWas => "Jawaban yang benar: {0}", "The correct answer: {0}";
    TypeAnswer => "Ketik jawaban Anda lalu tekan Enter.", "Type your answer and press Enter.";
    TickAnswers => "Centang semua jawaban yang benar (Spasi), lalu tekan Enter.", "Tick every correct answer (Space), then press Enter.";
    PlainTyped => "Ketik jawaban Anda lalu Enter. Perintah diawali titik dua: :h petunjuk, :n lewati, :b kembali, :q keluar.", "Type your answer and press Enter. Commands start with a colon: :h hint, :n skip, :b back, :q quit.";
    PlainMultiple => "Ketik nomor semua jawaban yang benar, dipisah spasi (misalnya 1 3), lalu Enter. h: petunjuk, n: lewati.", "Type the numbers of every correct answer, separated by spaces (e.g. 1 3), and press Enter. h: hint, n: skip.";
    KeyTick => "centang", "tick";
    ToReview => "{0} untuk diulang hari ini", "{0} to review today";
    KeyReview => "ulang", "review";
    ReviewOf => "Ulangan {0} dari {1}", "Review {0} of {1}";
    NothingToReview => "Tidak ada yang perlu diulang hari ini. Bagus! Latihan yang salah atau yang memakai petunjuk akan kembali ke sini pada waktunya.", "Nothing to review today. Well done! Exercises you get wrong or need hints for come back here when it is time.";
    ReviewFinished => "Pengulangan selesai: {0} latihan. Sampai jumpa pada pengulangan berikutnya!", "Review done: {0} exercises. See you at the next one!";
    PlainToReview => "{0} untuk diulang hari ini: ketik r lalu Enter.", "{0} to review today: type r and press Enter.";
    HelpReview => "r  ulangi latihan yang jatuh tempo hari ini (dari layar awal)", "r  review the exercises due today (from the home screen)";
    KeySubmit => "kirim", "submit";
    GlossaryTitle => "Glosarium", "Glossary";
    GlossaryAlsoCalled => "Disebut juga", "Also called";
    GlossarySeeAlso => "Lihat juga", "See also";
    GlossaryTaughtIn => "Diajarkan di", "Taught in";
    GlossarySource => "Sumber", "Source";
    GlossaryEmpty => "Kursus ini tidak memiliki glosarium.", "This course has no glossary.";
    // The TUI's ask and glossary screens, terms on a page, what to study next.
    HelpAsk => "/  tanya · g  glosarium · t  istilah di halaman (Enter membuka)", "/  ask · g  glossary · t  a term on the page (Enter opens it)";
    KeyAsk => "tanya", "ask";
    KeyGlossary => "glosarium", "glossary";
    KeyTerm => "istilah", "term";
    KeyFilter => "saring", "filter";
    AskTitle => "Tanya", "Ask";
    AskHint => "Ketik pertanyaan lalu tekan Enter, misalnya: apa itu plagiarisme?", "Type a question and press Enter, for example: what is plagiarism?";
    AskAnswers => "{0} jawaban terbaik untuk «{1}»:", "The {0} best answers to “{1}”:";
    GlossaryFilter => "Ketik untuk menyaring istilah.", "Type to filter the terms.";
    TermsOnPage => "t · {0} istilah glosarium", "t · {0} glossary terms";
    KeyOpenTerm => "buka istilah", "open term";
    GlossaryNoMatch => "Tidak ada istilah yang cocok dengan «{0}».", "No term matches “{0}”.";
}

impl Msg {
    /// The message in `lang` with `{0}`, `{1}` … replaced by `args`.
    #[must_use]
    pub fn fill(self, lang: Lang, args: &[&dyn std::fmt::Display]) -> String {
        let mut text = self.text(lang).to_string();
        for (i, arg) in args.iter().enumerate() {
            text = text.replace(&format!("{{{i}}}"), &arg.to_string());
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_text_and_the_same_placeholders_in_both_languages() {
        for msg in Msg::ALL {
            let id = msg.text(Lang::Id);
            let en = msg.text(Lang::En);
            assert!(!id.trim().is_empty() && !en.trim().is_empty(), "{msg:?}");
            for i in 0..4 {
                let placeholder = format!("{{{i}}}");
                assert_eq!(id.contains(&placeholder), en.contains(&placeholder), "{msg:?} {placeholder}");
            }
        }
    }

    #[test]
    fn fills_placeholders() {
        assert_eq!(Msg::StepOf.fill(Lang::Id, &[&2, &5]), "Langkah 2 dari 5");
        assert_eq!(Msg::StepOf.fill(Lang::En, &[&2, &5]), "Step 2 of 5");
    }
}
