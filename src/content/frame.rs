//! The six frames of the ACRL *Framework for Information Literacy for Higher Education*
//! (2016), which every lesson maps its objectives to. Indonesian labels as the curriculum's
//! fact base suggests them (section 1.1).

use serde::Serialize;

use crate::text::Localized;

/// One frame of the ACRL Framework.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Frame {
    AuthorityIsConstructedAndContextual,
    InformationCreationAsAProcess,
    InformationHasValue,
    ResearchAsInquiry,
    ScholarshipAsConversation,
    SearchingAsStrategicExploration,
}

impl Frame {
    /// In the Framework's own (alphabetical) order.
    pub const ALL: [Frame; 6] = [
        Frame::AuthorityIsConstructedAndContextual,
        Frame::InformationCreationAsAProcess,
        Frame::InformationHasValue,
        Frame::ResearchAsInquiry,
        Frame::ScholarshipAsConversation,
        Frame::SearchingAsStrategicExploration,
    ];

    /// The id written in `frames = [...]`.
    #[must_use]
    pub fn id(self) -> &'static str {
        match self {
            Frame::AuthorityIsConstructedAndContextual => "authority-is-constructed-and-contextual",
            Frame::InformationCreationAsAProcess => "information-creation-as-a-process",
            Frame::InformationHasValue => "information-has-value",
            Frame::ResearchAsInquiry => "research-as-inquiry",
            Frame::ScholarshipAsConversation => "scholarship-as-conversation",
            Frame::SearchingAsStrategicExploration => "searching-as-strategic-exploration",
        }
    }

    #[must_use]
    pub fn parse(id: &str) -> Option<Frame> {
        Frame::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The frame's name in both languages.
    #[must_use]
    pub fn label(self) -> Localized<String> {
        let (id, en) = match self {
            Frame::AuthorityIsConstructedAndContextual => {
                ("Otoritas itu dibangun dan kontekstual", "Authority Is Constructed and Contextual")
            }
            Frame::InformationCreationAsAProcess => {
                ("Penciptaan informasi sebagai proses", "Information Creation as a Process")
            }
            Frame::InformationHasValue => ("Informasi memiliki nilai", "Information Has Value"),
            Frame::ResearchAsInquiry => ("Riset sebagai inkuiri", "Research as Inquiry"),
            Frame::ScholarshipAsConversation => {
                ("Keilmuan sebagai percakapan", "Scholarship as Conversation")
            }
            Frame::SearchingAsStrategicExploration => {
                ("Penelusuran sebagai eksplorasi strategis", "Searching as Strategic Exploration")
            }
        };
        Localized::Both { id: id.to_string(), en: en.to_string() }
    }
}
