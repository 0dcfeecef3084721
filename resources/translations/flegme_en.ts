<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="35"/>
        <source>Write your post here. Flegme checks as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="135"/>
        <source>Suggestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="159"/>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="165"/>
        <source>Dismiss “%1” once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="166"/>
        <source>Dismiss for this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="168"/>
        <source>Propose “%1” as an allowed term</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="28"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="28"/>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="29"/>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="29"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="30"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="30"/>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="33"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="33"/>
        <source>Plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="34"/>
        <source>Composure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="34"/>
        <source>Mission and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="35"/>
        <source>Lead, don&apos;t sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="35"/>
        <source>Grammar and spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="39"/>
        <source>Impulsivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="40"/>
        <source>Promotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="51"/>
        <source>Dismiss once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="54"/>
        <source>Dismiss for this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="56"/>
        <source>Propose as an allowed term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="85"/>
        <source>Linked to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="88"/>
        <source>Not linked to the mission or values. It could link to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="112"/>
        <source>Nothing to flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="114"/>
        <source>Dismissed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="119"/>
        <source>Double-click to restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="41"/>
        <source>Welcome to Flegme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="45"/>
        <source>Flegme keeps your drafts in an encrypted vault on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="47"/>
        <source>Keep the key in the system keyring (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="49"/>
        <source>Protect the vault with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="54"/>
        <source>Use a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="62"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="62"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="63"/>
        <source>Comms lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="68"/>
        <location filename="../../src/flegme/ui/first_run.py" line="82"/>
        <location filename="../../src/flegme/ui/first_run.py" line="86"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="69"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="70"/>
        <source>I am the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="71"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="83"/>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="87"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="93"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="106"/>
        <source>Changes from the previous revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="109"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderView</name>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="53"/>
        <source>Search drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="60"/>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="68"/>
        <source>Title (for you, not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="77"/>
        <source>Send to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="80"/>
        <source>Copy for publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="82"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="84"/>
        <source>Mark as published…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="114"/>
        <source>Fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="139"/>
        <source>The drafts could not be listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="271"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="273"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="286"/>
        <source>This draft reads as written in anger. It can go to review in %1 minute(s), or now with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="299"/>
        <source>Cooling-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="300"/>
        <source>Why must this go now? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="307"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="309"/>
        <source>Sent to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="315"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="329"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="329"/>
        <source>Address of the published post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="335"/>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <location filename="../../src/flegme/ui/progress.py" line="44"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="65"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="66"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="67"/>
        <source>House style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="77"/>
        <source>Flegme %1 — role: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="80"/>
        <source>leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="81"/>
        <source>assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="82"/>
        <source>comms lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="92"/>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="93"/>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="94"/>
        <source>Copy the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="95"/>
        <source>Send to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="96"/>
        <source>Find a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="99"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="102"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="103"/>
        <source>Back up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="105"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="112"/>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="132"/>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="141"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="148"/>
        <source>Back up the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="162"/>
        <source>The backup was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="165"/>
        <source>Backing up the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="174"/>
        <source>No backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="176"/>
        <source>Backup written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="199"/>
        <source>House style not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="206"/>
        <source>House style saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformBar</name>
    <message>
        <location filename="../../src/flegme/ui/platform_bar.py" line="77"/>
        <source>LinkedIn shows: %1 … see more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="137"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="140"/>
        <source>This key reopens your vault if the system keyring or your passphrase is lost.
It is shown only now: print it or write it down, and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="148"/>
        <source>I have saved it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="51"/>
        <source>Comment on the selected passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="53"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="56"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="59"/>
        <source>Request changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="77"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="101"/>
        <source>The review queue could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="146"/>
        <source>Comment not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="156"/>
        <source>Cooling off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="157"/>
        <source>This draft reads as written in anger and is cooling off; only the leader can override, with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="163"/>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="165"/>
        <source>Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="172"/>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="172"/>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="184"/>
        <source>Not sent back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="38"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="45"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="46"/>
        <source>LanguageTool on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="47"/>
        <source>A LanguageTool server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="52"/>
        <source>Download LanguageTool (about 250 MB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="55"/>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="60"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="60"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="61"/>
        <source>Comms lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="65"/>
        <source>Default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="66"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="71"/>
        <source>Grammar and spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="72"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="74"/>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="75"/>
        <source>My role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="76"/>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="100"/>
        <source>Vault file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="82"/>
        <source>The language, the role and the vault take effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="110"/>
        <source>Downloading LanguageTool…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="118"/>
        <source>LanguageTool is ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="82"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="83"/>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="85"/>
        <source>Mission (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="86"/>
        <source>Mission keywords (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="89"/>
        <source>Vision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="90"/>
        <source>Vision keywords (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="91"/>
        <source>Impulsivity threshold (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="92"/>
        <source>Cooling-off (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="93"/>
        <source>Promotion threshold (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="94"/>
        <source>Allowed terms (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="96"/>
        <source>Allow the selected term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="101"/>
        <source>Proposed by leaders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="102"/>
        <source>Rule severities (id = error|warning|info|off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="104"/>
        <source>Add a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="106"/>
        <source>Values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="108"/>
        <source>Jargon → plain words (fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="109"/>
        <source>Jargon → plain words (en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="110"/>
        <source>Platform preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="111"/>
        <source>Apply the form to the TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="118"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="120"/>
        <source>TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="124"/>
        <source>Paste a sample post to check it with this style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="129"/>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="134"/>
        <source>Save as the house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="138"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="140"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="175"/>
        <source>Impulsivity %1/100, promotion %2/100, %3 finding(s); linked to: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="212"/>
        <source>Fix the TOML first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="248"/>
        <source>Some lines were not understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="283"/>
        <source>Import a house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="290"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="297"/>
        <source>Export the house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="304"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleTables</name>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="32"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="33"/>
        <source>Text (fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="34"/>
        <source>Text (en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="35"/>
        <source>Keywords (fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="36"/>
        <source>Keywords (en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="41"/>
        <source>one per line: term = plain word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="47"/>
        <source>Preferred length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="48"/>
        <source>Max hashtags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="49"/>
        <source>Max links</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="58"/>
        <source>Flegme could not finish that action. Your text is safe: it is saved as you type. The details for support are in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="61"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>open_vault</name>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="106"/>
        <source>The vault could not be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="115"/>
        <source>The vault could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="119"/>
        <source>Vault in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="131"/>
        <source>Open the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="133"/>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="134"/>
        <source>Recovery key (groups of letters and digits):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="161"/>
        <source>About your vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vault_rescue</name>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="27"/>
        <source>The vault is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="28"/>
        <source>Part of your vault file is damaged. Flegme opened it read-only: nothing will be written into it, so nothing more can be lost. Export the drafts that can still be read, then restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="34"/>
        <source>Export what can be read…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="35"/>
        <source>Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="36"/>
        <source>Continue read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="53"/>
        <source>Export what can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="61"/>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="63"/>
        <source>%1 draft(s) exported to %2 (not encrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="66"/>
        <source>%1 could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="68"/>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="75"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="95"/>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="100"/>
        <source>The backup was restored to %1; Flegme uses it from now on. The damaged file is left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="102"/>
        <source>Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="110"/>
        <source>Passphrase of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="111"/>
        <source>Recovery key of the backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="112"/>
        <source>Open the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/flegme/ui/app.py" line="93"/>
        <source>The vault could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/app.py" line="96"/>
        <source>Read-only: the vault is damaged; nothing is saved into it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
