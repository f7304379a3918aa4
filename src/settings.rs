//! User settings kept in the browser (language). Stored as a versioned DTO so a later
//! version can migrate it; an unreadable or newer entry falls back to defaults.

use gloo_storage::{LocalStorage, Storage};
use seimbang_engine::lang::Lang;
use serde::{Deserialize, Serialize};

const KEY: &str = "seimbang.settings";
const VERSION: u32 = 1;

/// The stored form of the settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SettingsDto {
    pub version: u32,
    /// "id" or "en".
    pub lang: String,
}

/// Settings as the app uses them.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Settings {
    pub lang: Lang,
}

impl Settings {
    /// Read from a stored DTO; `None` when the version is unknown.
    pub fn from_dto(dto: &SettingsDto) -> Option<Settings> {
        (dto.version == VERSION).then(|| Settings {
            lang: if dto.lang == "en" { Lang::En } else { Lang::Id },
        })
    }

    /// The stored form.
    pub fn to_dto(self) -> SettingsDto {
        SettingsDto {
            version: VERSION,
            lang: match self.lang {
                Lang::Id => "id".into(),
                Lang::En => "en".into(),
            },
        }
    }

    /// Load from local storage; defaults when absent or unreadable.
    pub fn load() -> Settings {
        LocalStorage::get::<SettingsDto>(KEY)
            .ok()
            .and_then(|dto| Settings::from_dto(&dto))
            .unwrap_or_default()
    }

    /// Save to local storage. A full or blocked storage only loses the preference.
    pub fn save(self) {
        let _ = LocalStorage::set(KEY, self.to_dto());
    }
}
