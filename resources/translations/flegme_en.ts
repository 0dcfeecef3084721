<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="28"/>
        <source>Write your post here. Flegme checks as you type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="128"/>
        <source>Suggestion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="150"/>
        <source>Replace with “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="154"/>
        <source>Dismiss “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="23"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="23"/>
        <source>in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="24"/>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="24"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="25"/>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="25"/>
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
        <source>Dismiss for this draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="53"/>
        <source>Propose as an allowed term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="82"/>
        <source>Linked to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="85"/>
        <source>Not linked to the mission or values. It could link to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="109"/>
        <source>Dismissed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="114"/>
        <source>Double-click to restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="40"/>
        <source>Welcome to Flegme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="44"/>
        <source>Flegme keeps your drafts in an encrypted vault on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="46"/>
        <source>Keep the key in the system keyring (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="48"/>
        <source>Protect the vault with a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="53"/>
        <source>Use a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="61"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="61"/>
        <source>Assistant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="62"/>
        <source>Comms lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="67"/>
        <location filename="../../src/flegme/ui/first_run.py" line="81"/>
        <location filename="../../src/flegme/ui/first_run.py" line="85"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="68"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="69"/>
        <source>I am the</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="70"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="82"/>
        <source>Use at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="86"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="60"/>
        <source>Revision history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="73"/>
        <source>Changes from the previous revision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="76"/>
        <source>Restore this revision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeaderView</name>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="52"/>
        <source>Search drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="59"/>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="67"/>
        <source>Title (for you, not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="76"/>
        <source>Send to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="79"/>
        <source>Copy for publishing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="81"/>
        <source>History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="83"/>
        <source>Mark as published…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="110"/>
        <source>Fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="260"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="262"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="275"/>
        <source>This draft reads as written in anger. It can go to review in %1 minute(s), or now with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="288"/>
        <source>Cooling-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="289"/>
        <source>Why must this go now? (kept in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="296"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="298"/>
        <source>Sent to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="304"/>
        <source>Copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="318"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="318"/>
        <source>Address of the published post:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="324"/>
        <source>Not marked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="59"/>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="60"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="61"/>
        <source>House style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="69"/>
        <source>Flegme %1 — role: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="81"/>
        <source>New draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="82"/>
        <source>Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="83"/>
        <source>Copy the post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="84"/>
        <source>Send to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="85"/>
        <source>Find a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="88"/>
        <source>&amp;Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="107"/>
        <source>House style not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="114"/>
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
        <location filename="../../src/flegme/ui/dialogs.py" line="104"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="107"/>
        <source>This key reopens your vault if the system keyring or your passphrase is lost.
It is shown only now: print it or write it down, and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="115"/>
        <source>I have saved it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="48"/>
        <source>Comment on the selected passage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="50"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="53"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="56"/>
        <source>Request changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="74"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="129"/>
        <source>Comment not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="140"/>
        <source>Cooling off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="141"/>
        <source>This draft reads as written in anger and is cooling off; only the leader can override, with a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="148"/>
        <source>Not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="150"/>
        <source>Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="157"/>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="157"/>
        <source>What should change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="169"/>
        <source>Not sent back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="77"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="78"/>
        <source>Default language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="80"/>
        <source>Mission (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="81"/>
        <source>Mission keywords (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="84"/>
        <source>Vision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="85"/>
        <source>Vision keywords (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="86"/>
        <source>Impulsivity threshold (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="87"/>
        <source>Cooling-off (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="88"/>
        <source>Promotion threshold (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="89"/>
        <source>Allowed terms (comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="90"/>
        <source>Rule severities (id = error|warning|info|off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="91"/>
        <source>Values, platform preferences and jargon lists: see the TOML tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="93"/>
        <source>Apply the form to the TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="97"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="99"/>
        <source>TOML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="103"/>
        <source>Paste a sample post to check it with this style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="108"/>
        <source>Try it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="113"/>
        <source>Save as the house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="117"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="119"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="154"/>
        <source>Impulsivity %1/100, promotion %2/100, %3 finding(s); linked to: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="190"/>
        <source>Fix the TOML first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="237"/>
        <source>Import a house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="244"/>
        <source>Cannot import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="251"/>
        <source>Export the house style</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="258"/>
        <source>Cannot export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="105"/>
        <source>The vault could not be created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
