<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="28" />
        <source>Write your post here. Flegme checks as you type.</source>
        <translation>Écrivez votre message ici. Flegme vérifie au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="128" />
        <source>Suggestion:</source>
        <translation>Suggestion :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="150" />
        <source>Replace with “%1”</source>
        <translation>Remplacer par « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="154" />
        <source>Dismiss “%1”</source>
        <translation>Ignorer « %1 »</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="23" />
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="23" />
        <source>in review</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="24" />
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="24" />
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="25" />
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="25" />
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="33" />
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="33" />
        <source>Plain words</source>
        <translation>Mots simples</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="34" />
        <source>Composure</source>
        <translation>Sang-froid</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="34" />
        <source>Mission and values</source>
        <translation>Mission et valeurs</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="35" />
        <source>Lead, don't sell</source>
        <translation>Inspirer, pas vendre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="35" />
        <source>Grammar and spelling</source>
        <translation>Grammaire et orthographe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="39" />
        <source>Impulsivity</source>
        <translation>Impulsivité</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="40" />
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="51" />
        <source>Dismiss for this draft</source>
        <translation>Ignorer pour ce brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="53" />
        <source>Propose as an allowed term</source>
        <translation>Proposer comme terme autorisé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="82" />
        <source>Linked to: %1</source>
        <translation>Rattaché à : %1</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="85" />
        <source>Not linked to the mission or values. It could link to: %1</source>
        <translation>Aucun lien avec la mission ni les valeurs. Il pourrait se rattacher à : %1</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="109" />
        <source>Dismissed (%1)</source>
        <translation>Ignorés (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="114" />
        <source>Double-click to restore</source>
        <translation>Double-cliquez pour rétablir</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="40" />
        <source>Welcome to Flegme</source>
        <translation>Bienvenue dans Flegme</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="44" />
        <source>Flegme keeps your drafts in an encrypted vault on this computer.</source>
        <translation>Flegme garde vos brouillons dans un coffre chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="46" />
        <source>Keep the key in the system keyring (recommended)</source>
        <translation>Garder la clé dans le trousseau du système (recommandé)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="48" />
        <source>Protect the vault with a passphrase</source>
        <translation>Protéger le coffre par une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="53" />
        <source>Use a passphrase instead.</source>
        <translation>Utilisez plutôt une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="61" />
        <source>Leader</source>
        <translation>Dirigeant(e)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="61" />
        <source>Assistant</source>
        <translation>Assistant(e)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="62" />
        <source>Comms lead</source>
        <translation>Responsable communication</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="67" />
        <location filename="../../src/flegme/ui/first_run.py" line="81" />
        <location filename="../../src/flegme/ui/first_run.py" line="85" />
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="68" />
        <source>Passphrase again</source>
        <translation>Phrase de passe (encore)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="69" />
        <source>I am the</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="70" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="82" />
        <source>Use at least 8 characters.</source>
        <translation>Au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="86" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="60" />
        <source>Revision history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="73" />
        <source>Changes from the previous revision:</source>
        <translation>Modifications depuis la révision précédente :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="76" />
        <source>Restore this revision</source>
        <translation>Rétablir cette révision</translation>
    </message>
</context>
<context>
    <name>LeaderView</name>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="52" />
        <source>Search drafts…</source>
        <translation>Chercher dans les brouillons…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="59" />
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="67" />
        <source>Title (for you, not published)</source>
        <translation>Titre (pour vous, non publié)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="76" />
        <source>Send to review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="79" />
        <source>Copy for publishing</source>
        <translation>Copier pour publier</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="81" />
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="83" />
        <source>Mark as published…</source>
        <translation>Marquer comme publié…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="110" />
        <source>Fixed.</source>
        <translation>Corrigé.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="260" />
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="262" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="275" />
        <source>This draft reads as written in anger. It can go to review in %1 minute(s), or now with a written reason.</source>
        <translation>Ce brouillon semble écrit sous le coup de la colère. Il pourra partir en relecture dans %1 minute(s), ou tout de suite avec une raison écrite.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="288" />
        <source>Cooling-off</source>
        <translation>Délai de réflexion</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="289" />
        <source>Why must this go now? (kept in the audit log)</source>
        <translation>Pourquoi faut-il l'envoyer maintenant ? (gardé dans le journal)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="296" />
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="298" />
        <source>Sent to review.</source>
        <translation>Envoyé en relecture.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="304" />
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="318" />
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="318" />
        <source>Address of the published post:</source>
        <translation>Adresse du message publié :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="324" />
        <source>Not marked</source>
        <translation>Non marqué</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="59" />
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="60" />
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="61" />
        <source>House style</source>
        <translation>Charte éditoriale</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="69" />
        <source>Flegme %1 — role: %2</source>
        <translation>Flegme %1 — rôle : %2</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="81" />
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="82" />
        <source>Save now</source>
        <translation>Enregistrer maintenant</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="83" />
        <source>Copy the post</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="84" />
        <source>Send to review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="85" />
        <source>Find a draft</source>
        <translation>Chercher un brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="88" />
        <source>&amp;Draft</source>
        <translation>&amp;Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="107" />
        <source>House style not saved</source>
        <translation>Charte non enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="114" />
        <source>House style saved.</source>
        <translation>Charte enregistrée.</translation>
    </message>
</context>
<context>
    <name>PlatformBar</name>
    <message>
        <location filename="../../src/flegme/ui/platform_bar.py" line="77" />
        <source>LinkedIn shows: %1 … see more</source>
        <translation>LinkedIn affiche : %1 … voir plus</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="104" />
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="107" />
        <source>This key reopens your vault if the system keyring or your passphrase is lost.
It is shown only now: print it or write it down, and keep it somewhere safe.</source>
        <translation>Cette clé rouvre votre coffre si le trousseau du système ou votre phrase de passe est perdu.
Elle n'est affichée qu'une fois : imprimez-la ou notez-la, et rangez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="115" />
        <source>I have saved it</source>
        <translation>Je l'ai bien notée</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="48" />
        <source>Comment on the selected passage…</source>
        <translation>Commentaire sur le passage sélectionné…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="50" />
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="53" />
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="56" />
        <source>Request changes…</source>
        <translation>Demander des modifications…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="74" />
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="129" />
        <source>Comment not saved</source>
        <translation>Commentaire non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="140" />
        <source>Cooling off</source>
        <translation>Délai de réflexion</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="141" />
        <source>This draft reads as written in anger and is cooling off; only the leader can override, with a written reason.</source>
        <translation>Ce brouillon semble écrit sous le coup de la colère et observe un délai de réflexion ; seul(e) le/la dirigeant(e) peut passer outre, avec une raison écrite.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="148" />
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="150" />
        <source>Approved.</source>
        <translation>Approuvé.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="157" />
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="157" />
        <source>What should change?</source>
        <translation>Que faut-il changer ?</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="169" />
        <source>Not sent back</source>
        <translation>Non renvoyé</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="77" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="78" />
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="80" />
        <source>Mission (%1)</source>
        <translation>Mission (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="81" />
        <source>Mission keywords (%1)</source>
        <translation>Mots-clés de la mission (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="84" />
        <source>Vision (%1)</source>
        <translation>Vision (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="85" />
        <source>Vision keywords (%1)</source>
        <translation>Mots-clés de la vision (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="86" />
        <source>Impulsivity threshold (0-100)</source>
        <translation>Seuil d'impulsivité (0-100)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="87" />
        <source>Cooling-off (minutes)</source>
        <translation>Délai de réflexion (minutes)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="88" />
        <source>Promotion threshold (0-100)</source>
        <translation>Seuil de promotion (0-100)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="89" />
        <source>Allowed terms (comma-separated)</source>
        <translation>Termes autorisés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="90" />
        <source>Rule severities (id = error|warning|info|off)</source>
        <translation>Gravité des règles (id = error|warning|info|off)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="91" />
        <source>Values, platform preferences and jargon lists: see the TOML tab.</source>
        <translation>Valeurs, préférences par plateforme et listes de jargon : voir l'onglet TOML.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="93" />
        <source>Apply the form to the TOML</source>
        <translation>Reporter le formulaire dans le TOML</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="97" />
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="99" />
        <source>TOML</source>
        <translation>TOML</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="103" />
        <source>Paste a sample post to check it with this style</source>
        <translation>Collez un message d'exemple pour le vérifier avec cette charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="108" />
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="113" />
        <source>Save as the house style</source>
        <translation>Enregistrer comme charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="117" />
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="119" />
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="154" />
        <source>Impulsivity %1/100, promotion %2/100, %3 finding(s); linked to: %4</source>
        <translation>Impulsivité %1/100, promotion %2/100, %3 remarque(s) ; rattaché à : %4</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="190" />
        <source>Fix the TOML first</source>
        <translation>Corrigez d'abord le TOML</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="237" />
        <source>Import a house style</source>
        <translation>Importer une charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="244" />
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="251" />
        <source>Export the house style</source>
        <translation>Exporter la charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="258" />
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="105" />
        <source>The vault could not be created</source>
        <translation>Le coffre n'a pas pu être créé</translation>
    </message>
</context>
</TS>