<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="35"/>
        <source>Write your post here. Flegme checks as you type.</source>
        <translation>Écrivez votre message ici. Flegme vérifie au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="135"/>
        <source>Suggestion:</source>
        <translation>Suggestion :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="159"/>
        <source>Replace with “%1”</source>
        <translation>Remplacer par « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="165"/>
        <source>Dismiss “%1” once</source>
        <translation>Ignorer « %1 » une fois</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="166"/>
        <source>Dismiss for this draft</source>
        <translation>Ignorer pour ce brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="168"/>
        <source>Propose “%1” as an allowed term</source>
        <translation>Proposer « %1 » comme terme autorisé</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="28"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="28"/>
        <source>in review</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="29"/>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="29"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="30"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="30"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="33"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="33"/>
        <source>Plain words</source>
        <translation>Mots simples</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="34"/>
        <source>Composure</source>
        <translation>Sang-froid</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="34"/>
        <source>Mission and values</source>
        <translation>Mission et valeurs</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="35"/>
        <source>Lead, don&apos;t sell</source>
        <translation>Inspirer, pas vendre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="35"/>
        <source>Grammar and spelling</source>
        <translation>Grammaire et orthographe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="39"/>
        <source>Impulsivity</source>
        <translation>Impulsivité</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="40"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="51"/>
        <source>Dismiss once</source>
        <translation>Ignorer une fois</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="54"/>
        <source>Dismiss for this draft</source>
        <translation>Ignorer pour ce brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="56"/>
        <source>Propose as an allowed term</source>
        <translation>Proposer comme terme autorisé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="85"/>
        <source>Linked to: %1</source>
        <translation>Rattaché à : %1</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="88"/>
        <source>Not linked to the mission or values. It could link to: %1</source>
        <translation>Aucun lien avec la mission ni les valeurs. Il pourrait se rattacher à : %1</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="112"/>
        <source>Nothing to flag.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="114"/>
        <source>Dismissed (%1)</source>
        <translation>Ignorés (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="119"/>
        <source>Double-click to restore</source>
        <translation>Double-cliquez pour rétablir</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="41"/>
        <source>Welcome to Flegme</source>
        <translation>Bienvenue dans Flegme</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="45"/>
        <source>Flegme keeps your drafts in an encrypted vault on this computer.</source>
        <translation>Flegme garde vos brouillons dans un coffre chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="47"/>
        <source>Keep the key in the system keyring (recommended)</source>
        <translation>Garder la clé dans le trousseau du système (recommandé)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="49"/>
        <source>Protect the vault with a passphrase</source>
        <translation>Protéger le coffre par une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="54"/>
        <source>Use a passphrase instead.</source>
        <translation>Utilisez plutôt une phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="62"/>
        <source>Leader</source>
        <translation>Dirigeant(e)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="62"/>
        <source>Assistant</source>
        <translation>Assistant(e)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="63"/>
        <source>Comms lead</source>
        <translation>Responsable communication</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="68"/>
        <location filename="../../src/flegme/ui/first_run.py" line="82"/>
        <location filename="../../src/flegme/ui/first_run.py" line="86"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="69"/>
        <source>Passphrase again</source>
        <translation>Phrase de passe (encore)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="70"/>
        <source>I am the</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="71"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="83"/>
        <source>Use at least 8 characters.</source>
        <translation>Au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="87"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="93"/>
        <source>Revision history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="106"/>
        <source>Changes from the previous revision:</source>
        <translation>Modifications depuis la révision précédente :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="109"/>
        <source>Restore this revision</source>
        <translation>Rétablir cette révision</translation>
    </message>
</context>
<context>
    <name>LeaderView</name>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="53"/>
        <source>Search drafts…</source>
        <translation>Chercher dans les brouillons…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="60"/>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="68"/>
        <source>Title (for you, not published)</source>
        <translation>Titre (pour vous, non publié)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="77"/>
        <source>Send to review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="80"/>
        <source>Copy for publishing</source>
        <translation>Copier pour publier</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="82"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="84"/>
        <source>Mark as published…</source>
        <translation>Marquer comme publié…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="114"/>
        <source>Fixed.</source>
        <translation>Corrigé.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="139"/>
        <source>The drafts could not be listed</source>
        <translation>Les brouillons n&apos;ont pas pu être listés</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="271"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="273"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="286"/>
        <source>This draft reads as written in anger. It can go to review in %1 minute(s), or now with a written reason.</source>
        <translation>Ce brouillon semble écrit sous le coup de la colère. Il pourra partir en relecture dans %1 minute(s), ou tout de suite avec une raison écrite.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="299"/>
        <source>Cooling-off</source>
        <translation>Délai de réflexion</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="300"/>
        <source>Why must this go now? (kept in the audit log)</source>
        <translation>Pourquoi faut-il l&apos;envoyer maintenant ? (gardé dans le journal)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="307"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="309"/>
        <source>Sent to review.</source>
        <translation>Envoyé en relecture.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="315"/>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="329"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="329"/>
        <source>Address of the published post:</source>
        <translation>Adresse du message publié :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="335"/>
        <source>Not marked</source>
        <translation>Non marqué</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <location filename="../../src/flegme/ui/progress.py" line="44"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="65"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="66"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="67"/>
        <source>House style</source>
        <translation>Charte éditoriale</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="77"/>
        <source>Flegme %1 — role: %2</source>
        <translation>Flegme %1 — rôle : %2</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="80"/>
        <source>leader</source>
        <translation>dirigeant(e)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="81"/>
        <source>assistant</source>
        <translation>assistant(e)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="82"/>
        <source>comms lead</source>
        <translation>responsable communication</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="92"/>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="93"/>
        <source>Save now</source>
        <translation>Enregistrer maintenant</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="94"/>
        <source>Copy the post</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="95"/>
        <source>Send to review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="96"/>
        <source>Find a draft</source>
        <translation>Chercher un brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="99"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="102"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="103"/>
        <source>Back up the vault…</source>
        <translation>Sauvegarder le coffre…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="105"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="112"/>
        <source>&amp;Draft</source>
        <translation>&amp;Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="132"/>
        <source>Settings not saved</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="141"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="148"/>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="162"/>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="165"/>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="174"/>
        <source>No backup</source>
        <translation>Pas de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="176"/>
        <source>Backup written.</source>
        <translation>Sauvegarde écrite.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="199"/>
        <source>House style not saved</source>
        <translation>Charte non enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="206"/>
        <source>House style saved.</source>
        <translation>Charte enregistrée.</translation>
    </message>
</context>
<context>
    <name>PlatformBar</name>
    <message>
        <location filename="../../src/flegme/ui/platform_bar.py" line="77"/>
        <source>LinkedIn shows: %1 … see more</source>
        <translation>LinkedIn affiche : %1 … voir plus</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="137"/>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="140"/>
        <source>This key reopens your vault if the system keyring or your passphrase is lost.
It is shown only now: print it or write it down, and keep it somewhere safe.</source>
        <translation>Cette clé rouvre votre coffre si le trousseau du système ou votre phrase de passe est perdu.
Elle n&apos;est affichée qu&apos;une fois : imprimez-la ou notez-la, et rangez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="148"/>
        <source>I have saved it</source>
        <translation>Je l&apos;ai bien notée</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="51"/>
        <source>Comment on the selected passage…</source>
        <translation>Commentaire sur le passage sélectionné…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="53"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="56"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="59"/>
        <source>Request changes…</source>
        <translation>Demander des modifications…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="77"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="101"/>
        <source>The review queue could not be read</source>
        <translation>La file de relecture n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="146"/>
        <source>Comment not saved</source>
        <translation>Commentaire non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="156"/>
        <source>Cooling off</source>
        <translation>Délai de réflexion</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="157"/>
        <source>This draft reads as written in anger and is cooling off; only the leader can override, with a written reason.</source>
        <translation>Ce brouillon semble écrit sous le coup de la colère et observe un délai de réflexion ; seul(e) le/la dirigeant(e) peut passer outre, avec une raison écrite.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="163"/>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="165"/>
        <source>Approved.</source>
        <translation>Approuvé.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="172"/>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="172"/>
        <source>What should change?</source>
        <translation>Que faut-il changer ?</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="184"/>
        <source>Not sent back</source>
        <translation>Non renvoyé</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="38"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="45"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="46"/>
        <source>LanguageTool on this computer</source>
        <translation>LanguageTool sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="47"/>
        <source>A LanguageTool server</source>
        <translation>Un serveur LanguageTool</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="52"/>
        <source>Download LanguageTool (about 250 MB)…</source>
        <translation>Télécharger LanguageTool (environ 250 Mo)…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="55"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="60"/>
        <source>Leader</source>
        <translation>Dirigeant(e)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="60"/>
        <source>Assistant</source>
        <translation>Assistant(e)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="61"/>
        <source>Comms lead</source>
        <translation>Responsable communication</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="65"/>
        <source>Default location</source>
        <translation>Emplacement par défaut</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="66"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="71"/>
        <source>Grammar and spelling</source>
        <translation>Grammaire et orthographe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="72"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="74"/>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="75"/>
        <source>My role</source>
        <translation>Mon rôle</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="76"/>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="100"/>
        <source>Vault file</source>
        <translation>Fichier du coffre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="82"/>
        <source>The language, the role and the vault take effect at the next start.</source>
        <translation>La langue, le rôle et le coffre s’appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="110"/>
        <source>Downloading LanguageTool…</source>
        <translation>Téléchargement de LanguageTool…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="118"/>
        <source>LanguageTool is ready.</source>
        <translation>LanguageTool est prêt.</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="82"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="83"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="85"/>
        <source>Mission (%1)</source>
        <translation>Mission (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="86"/>
        <source>Mission keywords (%1)</source>
        <translation>Mots-clés de la mission (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="89"/>
        <source>Vision (%1)</source>
        <translation>Vision (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="90"/>
        <source>Vision keywords (%1)</source>
        <translation>Mots-clés de la vision (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="91"/>
        <source>Impulsivity threshold (0-100)</source>
        <translation>Seuil d&apos;impulsivité (0-100)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="92"/>
        <source>Cooling-off (minutes)</source>
        <translation>Délai de réflexion (minutes)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="93"/>
        <source>Promotion threshold (0-100)</source>
        <translation>Seuil de promotion (0-100)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="94"/>
        <source>Allowed terms (comma-separated)</source>
        <translation>Termes autorisés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="96"/>
        <source>Allow the selected term</source>
        <translation>Autoriser le terme choisi</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="101"/>
        <source>Proposed by leaders</source>
        <translation>Proposés par les dirigeants</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="102"/>
        <source>Rule severities (id = error|warning|info|off)</source>
        <translation>Gravité des règles (id = error|warning|info|off)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="104"/>
        <source>Add a value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="106"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="108"/>
        <source>Jargon → plain words (fr)</source>
        <translation>Jargon → mots simples (fr)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="109"/>
        <source>Jargon → plain words (en)</source>
        <translation>Jargon → mots simples (en)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="110"/>
        <source>Platform preferences</source>
        <translation>Préférences par plateforme</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="111"/>
        <source>Apply the form to the TOML</source>
        <translation>Reporter le formulaire dans le TOML</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="118"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="120"/>
        <source>TOML</source>
        <translation>TOML</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="124"/>
        <source>Paste a sample post to check it with this style</source>
        <translation>Collez un message d&apos;exemple pour le vérifier avec cette charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="129"/>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="134"/>
        <source>Save as the house style</source>
        <translation>Enregistrer comme charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="138"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="140"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="175"/>
        <source>Impulsivity %1/100, promotion %2/100, %3 finding(s); linked to: %4</source>
        <translation>Impulsivité %1/100, promotion %2/100, %3 remarque(s) ; rattaché à : %4</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="212"/>
        <source>Fix the TOML first</source>
        <translation>Corrigez d&apos;abord le TOML</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="248"/>
        <source>Some lines were not understood</source>
        <translation>Certaines lignes n’ont pas été comprises</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="283"/>
        <source>Import a house style</source>
        <translation>Importer une charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="290"/>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="297"/>
        <source>Export the house style</source>
        <translation>Exporter la charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="304"/>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
</context>
<context>
    <name>StyleTables</name>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="32"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="33"/>
        <source>Text (fr)</source>
        <translation>Texte (fr)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="34"/>
        <source>Text (en)</source>
        <translation>Texte (en)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="35"/>
        <source>Keywords (fr)</source>
        <translation>Mots-clés (fr)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="36"/>
        <source>Keywords (en)</source>
        <translation>Mots-clés (en)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="41"/>
        <source>one per line: term = plain word</source>
        <translation>un par ligne : terme = mot simple</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="47"/>
        <source>Preferred length</source>
        <translation>Longueur souhaitée</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="48"/>
        <source>Max hashtags</source>
        <translation>Hashtags max.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="49"/>
        <source>Max links</source>
        <translation>Liens max.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="58"/>
        <source>Flegme could not finish that action. Your text is safe: it is saved as you type. The details for support are in %1.</source>
        <translation>Flegme n’a pas pu terminer cette action. Votre texte ne risque rien : il est enregistré au fil de la frappe. Les détails pour l’assistance sont dans %1.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="61"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>open_vault</name>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="106"/>
        <source>The vault could not be created</source>
        <translation>Le coffre n’a pas pu être créé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="115"/>
        <source>The vault could not be opened</source>
        <translation>Le coffre n’a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="119"/>
        <source>Vault in use</source>
        <translation>Coffre déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="131"/>
        <source>Open the vault</source>
        <translation>Ouvrir le coffre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="133"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="134"/>
        <source>Recovery key (groups of letters and digits):</source>
        <translation>Clé de secours (groupes de lettres et de chiffres) :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="161"/>
        <source>About your vault</source>
        <translation>À propos de votre coffre</translation>
    </message>
</context>
<context>
    <name>vault_rescue</name>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="27"/>
        <source>The vault is damaged</source>
        <translation>Le coffre est endommagé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="28"/>
        <source>Part of your vault file is damaged. Flegme opened it read-only: nothing will be written into it, so nothing more can be lost. Export the drafts that can still be read, then restore a backup.</source>
        <translation>Une partie du fichier de votre coffre est endommagée. Flegme l&apos;a ouvert en lecture seule : rien n&apos;y sera écrit, donc rien de plus ne peut être perdu. Exportez les brouillons encore lisibles, puis restaurez une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="34"/>
        <source>Export what can be read…</source>
        <translation>Exporter ce qui est lisible…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="35"/>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="36"/>
        <source>Continue read-only</source>
        <translation>Continuer en lecture seule</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="53"/>
        <source>Export what can be read</source>
        <translation>Exporter ce qui est lisible</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="61"/>
        <source>Not exported</source>
        <translation>Pas exporté</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="63"/>
        <source>%1 draft(s) exported to %2 (not encrypted).</source>
        <translation>%1 brouillon(s) exporté(s) dans %2 (non chiffré).</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="66"/>
        <source>%1 could not be read.</source>
        <translation>%1 n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="68"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="75"/>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="95"/>
        <source>Not restored</source>
        <translation>Pas restauré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="100"/>
        <source>The backup was restored to %1; Flegme uses it from now on. The damaged file is left as it was.</source>
        <translation>La sauvegarde a été restaurée dans %1 ; Flegme l&apos;utilise désormais. Le fichier endommagé est laissé tel quel.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="102"/>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="110"/>
        <source>Passphrase of the backup:</source>
        <translation>Phrase secrète de la sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="111"/>
        <source>Recovery key of the backup:</source>
        <translation>Clé de récupération de la sauvegarde :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="112"/>
        <source>Open the backup</source>
        <translation>Ouvrir la sauvegarde</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../src/flegme/ui/app.py" line="93"/>
        <source>The vault could not be read</source>
        <translation>Le coffre n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/app.py" line="96"/>
        <source>Read-only: the vault is damaged; nothing is saved into it.</source>
        <translation>Lecture seule : le coffre est endommagé ; rien n&apos;y est enregistré.</translation>
    </message>
</context>
</TS>
