"""The SQLCipher vault's internals: the encrypted file and its header, keys and the keyring,
re-keying, backup, the process lock, full-text search, and the `DraftRepository` over it.

Import from `flegme.vault` (the one public entry); only the vault and its tests reach in here."""
