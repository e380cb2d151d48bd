//! Conversion of byte offsets to Unicode code-point offsets.
//!
//! The JSON contract counts code points (what Python's `str` indexes by), while lede works in
//! bytes. [`CharOffsets`] converts in `O(log n)` per offset after one pass over the text, and
//! costs nothing for ASCII text. It is not a general index of the text: it answers only the
//! byte-to-char question.

/// A byte-offset to char-offset converter for one text.
#[derive(Clone, Debug)]
pub struct CharOffsets {
    /// For every multi-byte char: the byte offset just after it, and how many more bytes than
    /// chars the text holds up to that point. Empty for ASCII text.
    steps: Vec<(usize, usize)>,
}

impl CharOffsets {
    pub fn new(text: &str) -> CharOffsets {
        let mut steps = Vec::new();
        if !text.is_ascii() {
            let mut extra = 0;
            for (i, c) in text.char_indices() {
                let n = c.len_utf8();
                if n > 1 {
                    extra += n - 1;
                    steps.push((i + n, extra));
                }
            }
        }
        CharOffsets { steps }
    }

    /// The code-point offset of byte offset `byte`. A byte offset inside a multi-byte char
    /// maps to the offset of the char after it, which never happens for spans made by lede.
    pub fn char_offset(&self, byte: usize) -> usize {
        let i = self.steps.partition_point(|&(end, _)| end <= byte);
        let extra = if i == 0 { 0 } else { self.steps[i - 1].1 };
        byte - extra
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_char_indices() {
        for text in [
            "",
            "plain ascii",
            "“Curly” quotes — and Zürich ☃ 🦀 end",
            "é",
        ] {
            let map = CharOffsets::new(text);
            for (n, (b, _)) in text.char_indices().enumerate() {
                assert_eq!(map.char_offset(b), n, "{text:?} at byte {b}");
            }
            assert_eq!(map.char_offset(text.len()), text.chars().count());
        }
    }
}
