<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="89"/>
        <source>In review: the reviewer sees this version. To change it, take it back to edit.</source>
        <translation>En relecture : le relecteur voit cette version. Pour la changer, reprenez-la pour modification.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="92"/>
        <source>Approved: ready to publish. To change it, take it back to edit (it will need a new review).</source>
        <translation>Approuvé : prêt à publier. Pour le changer, reprenez-le (il faudra une nouvelle relecture).</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="95"/>
        <source>Changes requested: see the feedback, edit, then send it again.</source>
        <translation>Modifications demandées : lisez les retours, modifiez, puis renvoyez-le.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="98"/>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="103"/>
        <source>This draft reads as written in anger. It can go to review in %1 minute(s), or now with a written reason.</source>
        <translation>Ce brouillon semble écrit sous le coup de la colère. Il pourra partir en relecture dans %1 minute(s), ou tout de suite avec une raison écrite.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="134"/>
        <location filename="../../src/flegme/ui/leader_actions.py" line="151"/>
        <source>Not sent</source>
        <translation>Non envoyé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="135"/>
        <location filename="../../src/flegme/ui/leader_actions.py" line="152"/>
        <source>sending to review</source>
        <translation>l&apos;envoi en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="139"/>
        <location filename="../../src/flegme/ui/leader_actions.py" line="150"/>
        <source>Sent to review.</source>
        <translation>Envoyé en relecture.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="143"/>
        <source>Cooling-off</source>
        <translation>Délai de réflexion</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="144"/>
        <source>Why must this go now? A few words, kept in the audit trail and shown to the reviewer:</source>
        <translation>Pourquoi l&apos;envoyer maintenant ? Quelques mots, conservés dans le journal d&apos;audit et montrés au relecteur :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="167"/>
        <source>Not taken back</source>
        <translation>Non repris</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="168"/>
        <source>taking back to edit</source>
        <translation>la reprise pour modification</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="173"/>
        <source>Copied.</source>
        <translation>Copiée.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="186"/>
        <source>The history could not be read</source>
        <translation>L&apos;historique n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="202"/>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="202"/>
        <source>Address of the published post:</source>
        <translation>Adresse du message publié :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="208"/>
        <source>Not marked</source>
        <translation>Non marqué</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_actions.py" line="209"/>
        <source>marking as published</source>
        <translation>le marquage comme publié</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_findings.py" line="78"/>
        <location filename="../../src/flegme/ui/leader_findings.py" line="98"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_findings.py" line="78"/>
        <source>a dismissed finding</source>
        <translation>une remarque écartée</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_findings.py" line="98"/>
        <source>a restored finding</source>
        <translation>une remarque rétablie</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="30"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="30"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="30"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="31"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="31"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="37"/>
        <source>Who did what, when, and why (overrides of the cooling-off included).</source>
        <translation>Qui a fait quoi, quand et pourquoi (y compris les envois avant la fin du délai de réflexion).</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="48"/>
        <source>Sent before the end of the cooling-off: “%1”</source>
        <translation>Envoyé avant la fin du délai de réflexion : « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="50"/>
        <source>taken back to edit</source>
        <translation>repris pour modification</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="51"/>
        <source>restored from the archive</source>
        <translation>restauré depuis les archives</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="52"/>
        <source>edited after approval</source>
        <translation>modifié après approbation</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/audit_view.py" line="73"/>
        <source>created</source>
        <translation>créé</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="70"/>
        <source>Write your post here. Flegme checks as you type.</source>
        <translation>Écrivez votre message ici. Flegme vérifie au fil de la frappe.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="243"/>
        <source>Suggestion:</source>
        <translation>Suggestion :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="267"/>
        <source>Replace with “%1”</source>
        <translation>Remplacer par « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="273"/>
        <source>Dismiss “%1” once</source>
        <translation>Ignorer « %1 » une fois</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="274"/>
        <source>Dismiss for this draft</source>
        <translation>Ignorer pour ce brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/editor.py" line="276"/>
        <source>Propose “%1” as an allowed term</source>
        <translation>Proposer « %1 » comme terme autorisé</translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../../src/flegme/ui/drafts_model.py" line="129"/>
        <source>%1 new</source>
        <translation>%1 nouveau(x)</translation>
    </message>
</context>
<context>
    <name>DraftsPane</name>
    <message>
        <location filename="../../src/flegme/ui/drafts_pane.py" line="37"/>
        <source>Search drafts…</source>
        <translation>Chercher dans les brouillons…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_pane.py" line="45"/>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/drafts_pane.py" line="86"/>
        <location filename="../../src/flegme/ui/drafts_pane.py" line="92"/>
        <source>The drafts could not be listed</source>
        <translation>Les brouillons n&apos;ont pas pu être listés</translation>
    </message>
</context>
<context>
    <name>FeedbackPanel</name>
    <message>
        <location filename="../../src/flegme/ui/feedback_panel.py" line="51"/>
        <source>Reply to the selected comment…</source>
        <translation>Répondre au commentaire choisi…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/feedback_panel.py" line="54"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/feedback_panel.py" line="57"/>
        <location filename="../../src/flegme/ui/feedback_panel.py" line="179"/>
        <source>Mark resolved</source>
        <translation>Marquer comme réglé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/feedback_panel.py" line="103"/>
        <source>Reply not saved</source>
        <translation>Réponse non enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/feedback_panel.py" line="104"/>
        <source>a reply</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/feedback_panel.py" line="112"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/feedback_panel.py" line="153"/>
        <source>resolved</source>
        <translation>réglé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/feedback_panel.py" line="157"/>
        <source>On a passage changed since: “%1”</source>
        <translation>Sur un passage modifié depuis : « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/feedback_panel.py" line="178"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="39"/>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="39"/>
        <source>Plain words</source>
        <translation>Mots simples</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="40"/>
        <source>Composure</source>
        <translation>Sang-froid</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="40"/>
        <source>Mission and values</source>
        <translation>Mission et valeurs</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="41"/>
        <source>Lead, don&apos;t sell</source>
        <translation>Inspirer, pas vendre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="41"/>
        <source>Grammar and spelling</source>
        <translation>Grammaire et orthographe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="47"/>
        <source>Impulsivity</source>
        <translation>Impulsivité</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="48"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="73"/>
        <source>Dismiss once</source>
        <translation>Ignorer une fois</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="76"/>
        <source>Dismiss for this draft</source>
        <translation>Ignorer pour ce brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="78"/>
        <source>Propose as an allowed term</source>
        <translation>Proposer comme terme autorisé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="111"/>
        <source>Linked to: %1</source>
        <translation>Rattaché à : %1</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="113"/>
        <source>Not linked to the mission or values. It could link to: %1</source>
        <translation>Aucun lien avec la mission ni les valeurs. Il pourrait se rattacher à : %1</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="181"/>
        <source>Nothing to flag.</source>
        <translation>Rien à signaler.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="183"/>
        <source>Dismissed (%1)</source>
        <translation>Ignorés (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="189"/>
        <source>Double-click to restore</source>
        <translation>Double-cliquez pour rétablir</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="210"/>
        <source>Why: %1</source>
        <translation>Pourquoi : %1</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/findings_panel.py" line="212"/>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="43"/>
        <source>Welcome to Flegme</source>
        <translation>Bienvenue dans Flegme</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="47"/>
        <source>Flegme keeps your drafts in an encrypted vault on this computer.</source>
        <translation>Flegme garde vos brouillons dans un coffre chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="49"/>
        <source>Keep the key in the system keyring (recommended)</source>
        <translation>Garder la clé dans le trousseau du système (recommandé)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="51"/>
        <source>Protect the vault with a passphrase</source>
        <translation>Protéger le coffre par une phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="57"/>
        <source>This computer has no system keyring that Flegme can use (none is installed, or it is locked), so the vault&apos;s key cannot be kept there. Choose a passphrase instead: you will type it each time Flegme opens. Keep it safe: without it or the recovery key, the drafts cannot be read.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau système utilisable par Flegme (aucun n&apos;est installé, ou il est verrouillé) : la clé du coffre ne peut pas y être conservée. Choisissez plutôt une phrase secrète : vous la taperez à chaque ouverture de Flegme. Gardez-la précieusement : sans elle ni la clé de secours, les brouillons sont illisibles.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="76"/>
        <location filename="../../src/flegme/ui/first_run.py" line="90"/>
        <location filename="../../src/flegme/ui/first_run.py" line="94"/>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="77"/>
        <source>Passphrase again</source>
        <translation>Phrase de passe (encore)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="78"/>
        <source>I am the</source>
        <translation>Je suis</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="79"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="91"/>
        <source>Use at least 8 characters.</source>
        <translation>Au moins 8 caractères.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="95"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="91"/>
        <source>Revision history</source>
        <translation>Historique des révisions</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="104"/>
        <source>Changes from the previous revision:</source>
        <translation>Modifications depuis la révision précédente :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="107"/>
        <source>Restore this revision</source>
        <translation>Rétablir cette révision</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="19"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="19"/>
        <source>in review</source>
        <translation>en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="20"/>
        <location filename="../../src/flegme/ui/labels.py" line="33"/>
        <source>changes requested</source>
        <translation>modifications demandées</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="21"/>
        <location filename="../../src/flegme/ui/labels.py" line="32"/>
        <location filename="../../src/flegme/ui/labels.py" line="39"/>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="21"/>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="22"/>
        <location filename="../../src/flegme/ui/labels.py" line="40"/>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="26"/>
        <source>leader</source>
        <translation>dirigeant</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="26"/>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="27"/>
        <source>comms lead</source>
        <translation>responsable communication</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="31"/>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="31"/>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="37"/>
        <source>taken back to edit</source>
        <translation>repris pour modification</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="37"/>
        <source>sent to review</source>
        <translation>envoyé en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="38"/>
        <source>sent back for changes</source>
        <translation>renvoyé pour modifications</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="39"/>
        <source>marked as published</source>
        <translation>marqué comme publié</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="46"/>
        <source>This draft is %1: it cannot be %2 now.</source>
        <translation>Ce brouillon est %1 : il ne peut pas être %2 maintenant.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="52"/>
        <source>This draft reads as written in anger. It can go forward in %1 minute(s) (at %2), or now with a reason written by the leader.</source>
        <translation>Ce brouillon semble écrit sous le coup de la colère. Il pourra avancer dans %1 minute(s) (à %2), ou dès maintenant avec un motif écrit par le dirigeant.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="57"/>
        <source>Only the assistant or the comms lead can review a draft (comment, request changes, approve).</source>
        <translation>Seuls l&apos;assistant ou le responsable communication relisent un brouillon (commenter, demander des modifications, approuver).</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="59"/>
        <source>Only the leader can send a draft before it has cooled off.</source>
        <translation>Seul le dirigeant peut envoyer un brouillon avant la fin du délai de réflexion.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="61"/>
        <source>Only the comms lead can change the house style.</source>
        <translation>Seul le responsable communication peut modifier la charte éditoriale.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="62"/>
        <source>Only the leader or the assistant can mark a draft as published.</source>
        <translation>Seuls le dirigeant ou l&apos;assistant peuvent marquer un brouillon comme publié.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="64"/>
        <source>Your role cannot do this.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="66"/>
        <source>Write the reason in a few words (at least three): it is kept in the audit trail.</source>
        <translation>Écrivez le motif en quelques mots (au moins trois) : il est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="68"/>
        <source>This draft is in review or approved: what the reviewer saw stays fixed. Take it back to edit it first.</source>
        <translation>Ce brouillon est en relecture ou approuvé : ce que le relecteur a vu reste figé. Reprenez-le d&apos;abord pour le modifier.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="70"/>
        <source>A published or archived draft cannot be edited; restore it or start a new draft.</source>
        <translation>Un brouillon publié ou archivé ne se modifie plus ; restaurez-le ou commencez un nouveau brouillon.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="72"/>
        <source>You wrote this draft: someone else must approve it (the house style does not allow self-approval).</source>
        <translation>Vous avez écrit ce brouillon : quelqu&apos;un d&apos;autre doit l&apos;approuver (la charte n&apos;autorise pas l&apos;auto-approbation).</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="74"/>
        <source>Comments go on a draft in review.</source>
        <translation>Les commentaires portent sur un brouillon en relecture.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="75"/>
        <source>The commented passage lies outside the text.</source>
        <translation>Le passage commenté est hors du texte.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="76"/>
        <source>Give the published post&apos;s address (https://...).</source>
        <translation>Indiquez l&apos;adresse du message publié (https://...).</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="77"/>
        <source>Only an archived draft can be restored.</source>
        <translation>Seul un brouillon archivé peut être restauré.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/labels.py" line="78"/>
        <source>Write something first.</source>
        <translation>Écrivez d&apos;abord quelque chose.</translation>
    </message>
</context>
<context>
    <name>LeaderSaving</name>
    <message>
        <location filename="../../src/flegme/ui/leader_saving.py" line="102"/>
        <source>your draft “%1”</source>
        <translation>votre brouillon « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_saving.py" line="103"/>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_saving.py" line="114"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_saving.py" line="127"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>LeaderView</name>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="66"/>
        <source>Title (for you, not published)</source>
        <translation>Titre (pour vous, non publié)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="78"/>
        <source>Send to review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="81"/>
        <source>Take back to edit</source>
        <translation>Reprendre pour modifier</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="84"/>
        <source>Copy for publishing</source>
        <translation>Copier pour publier</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="86"/>
        <source>History…</source>
        <translation>Historique…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="88"/>
        <source>Mark as published…</source>
        <translation>Marquer comme publié…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="107"/>
        <source>Findings</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="108"/>
        <location filename="../../src/flegme/ui/leader_view.py" line="230"/>
        <source>Feedback</source>
        <translation>Retours</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="125"/>
        <source>Fixed.</source>
        <translation>Corrigé.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="170"/>
        <source>The draft could not be opened</source>
        <translation>Le brouillon n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/leader_view.py" line="229"/>
        <source>Feedback (%1)</source>
        <translation>Retours (%1)</translation>
    </message>
</context>
<context>
    <name>LongTask</name>
    <message>
        <location filename="../../src/flegme/ui/progress.py" line="30"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="113"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="115"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="115"/>
        <source>House style</source>
        <translation>Charte éditoriale</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="116"/>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="133"/>
        <source>Flegme %1 — role: %2</source>
        <translation>Flegme %1 — rôle : %2</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="253"/>
        <source>New draft</source>
        <translation>Nouveau brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="254"/>
        <source>Save now</source>
        <translation>Enregistrer maintenant</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="255"/>
        <source>Copy the post</source>
        <translation>Copier le message</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="256"/>
        <source>Send to review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="257"/>
        <source>Find a draft</source>
        <translation>Chercher un brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="260"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="263"/>
        <source>Settings…</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="264"/>
        <source>Back up the vault…</source>
        <translation>Sauvegarder le coffre…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="266"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="273"/>
        <source>&amp;Draft</source>
        <translation>&amp;Brouillon</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="295"/>
        <source>Settings not saved</source>
        <translation>Réglages non enregistrés</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="304"/>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="311"/>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="327"/>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="330"/>
        <source>Backing up the vault…</source>
        <translation>Sauvegarde du coffre…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="339"/>
        <source>No backup</source>
        <translation>Pas de sauvegarde</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="341"/>
        <source>Backup written.</source>
        <translation>Sauvegarde écrite.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="370"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="385"/>
        <source>House style not saved</source>
        <translation>Charte non enregistrée</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="381"/>
        <source>House style saved.</source>
        <translation>Charte enregistrée.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="386"/>
        <source>the house style</source>
        <translation>la charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="437"/>
        <source>Not everything was saved</source>
        <translation>Tout n&apos;a pas été enregistré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/main_window.py" line="438"/>
        <source>Flegme could not save: %1. Your text is still in the editor: copy it somewhere safe, or wait and close again. Closing again closes without it.</source>
        <translation>Flegme n&apos;a pas pu enregistrer : %1. Votre texte est toujours dans l&apos;éditeur : copiez-le en lieu sûr, ou attendez et fermez à nouveau. Fermer à nouveau ferme sans l&apos;enregistrer.</translation>
    </message>
</context>
<context>
    <name>PlatformBar</name>
    <message>
        <location filename="../../src/flegme/ui/platform_bar.py" line="96"/>
        <source>LinkedIn shows: %1 … see more</source>
        <translation>LinkedIn affiche : %1 … voir plus</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="136"/>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="140"/>
        <source>This key reopens your vault if the system keyring or your passphrase is lost. It is shown only now: copy it into your password manager, save it to a file on a USB stick, or print it, and keep it somewhere safe.</source>
        <translation>Cette clé rouvre votre coffre si le trousseau système ou votre phrase secrète est perdu. Elle n&apos;est affichée qu&apos;une fois : copiez-la dans votre gestionnaire de mots de passe, enregistrez-la dans un fichier sur une clé USB ou imprimez-la, et gardez-la en lieu sûr.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="154"/>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="155"/>
        <source>Save as file…</source>
        <translation>Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="156"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="168"/>
        <source>Flegme vault recovery key:</source>
        <translation>Clé de secours du coffre Flegme :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="173"/>
        <source>Copied.</source>
        <translation>Copiée.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="178"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de secours</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="189"/>
        <source>Saved in %1.</source>
        <translation>Enregistrée dans %1.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="200"/>
        <source>Sent to the printer.</source>
        <translation>Envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="160"/>
        <source>I have saved it</source>
        <translation>Je l&apos;ai bien notée</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="73"/>
        <source>Comment on the selected passage…</source>
        <translation>Commentaire sur le passage sélectionné…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="76"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="79"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="82"/>
        <source>Request changes…</source>
        <translation>Demander des modifications…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="162"/>
        <location filename="../../src/flegme/ui/review_view.py" line="214"/>
        <source>Not opened</source>
        <translation>Non ouvert</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="230"/>
        <source>Comment not saved</source>
        <translation>Commentaire non enregistré</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="262"/>
        <source>a change request</source>
        <translation>une demande de modifications</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="72"/>
        <source>Changed since your last review:</source>
        <translation>Modifié depuis votre dernière relecture :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="103"/>
        <source>Feedback and history</source>
        <translation>Retours et historique</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="139"/>
        <source>The review queue could not be read</source>
        <translation>La file de relecture n&apos;a pas pu être lue</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="173"/>
        <source>Held as written in anger; the leader sent it anyway: “%1”</source>
        <translation>Retenu comme écrit sous la colère ; le dirigeant l&apos;a envoyé quand même : « %1 »</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="232"/>
        <source>a comment</source>
        <translation>un commentaire</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="241"/>
        <source>Not approved</source>
        <translation>Non approuvé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="240"/>
        <source>Approved.</source>
        <translation>Approuvé.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="242"/>
        <source>an approval</source>
        <translation>une approbation</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="248"/>
        <source>Request changes</source>
        <translation>Demander des modifications</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="248"/>
        <source>What should change?</source>
        <translation>Que faut-il changer ?</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="261"/>
        <source>Not sent back</source>
        <translation>Non renvoyé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/review_view.py" line="260"/>
        <source>Sent back to the author.</source>
        <translation>Renvoyé à l&apos;auteur.</translation>
    </message>
</context>
<context>
    <name>RulesTable</name>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="129"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="130"/>
        <source>What it flags</source>
        <translation>Ce qu&apos;elle signale</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="131"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="152"/>
        <source>as shipped</source>
        <translation>par défaut</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="48"/>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="60"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="61"/>
        <source>LanguageTool on this computer</source>
        <translation>LanguageTool sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="62"/>
        <source>A LanguageTool server</source>
        <translation>Un serveur LanguageTool</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="67"/>
        <source>Download LanguageTool (about 250 MB)…</source>
        <translation>Télécharger LanguageTool (environ 250 Mo)…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="70"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="81"/>
        <source>In team mode your role comes from your login on the team server.</source>
        <translation>En mode équipe, votre rôle vient de votre identifiant sur le serveur de l&apos;équipe.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="84"/>
        <source>Default location</source>
        <translation>Emplacement par défaut</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="85"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="90"/>
        <source>Grammar and spelling</source>
        <translation>Grammaire et orthographe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="91"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="93"/>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="94"/>
        <source>My role</source>
        <translation>Mon rôle</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="95"/>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="126"/>
        <source>Vault file</source>
        <translation>Fichier du coffre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="101"/>
        <source>The language, the role and the vault take effect at the next start.</source>
        <translation>La langue, le rôle et le coffre s’appliquent au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="106"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="111"/>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="136"/>
        <source>Downloading LanguageTool…</source>
        <translation>Téléchargement de LanguageTool…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/settings_dialog.py" line="144"/>
        <source>LanguageTool is ready.</source>
        <translation>LanguageTool est prêt.</translation>
    </message>
</context>
<context>
    <name>StyleEditor</name>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="95"/>
        <source>e.g. disruptive, game changer</source>
        <translation>p. ex. disruptif, game changer</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="97"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="98"/>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="100"/>
        <source>Mission (%1)</source>
        <translation>Mission (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="101"/>
        <source>Mission keywords (%1)</source>
        <translation>Mots-clés de la mission (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="104"/>
        <source>Vision (%1)</source>
        <translation>Vision (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="105"/>
        <source>Vision keywords (%1)</source>
        <translation>Mots-clés de la vision (%1)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="106"/>
        <source>Impulsivity threshold (0-100)</source>
        <translation>Seuil d&apos;impulsivité (0-100)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="107"/>
        <source>Cooling-off (minutes)</source>
        <translation>Délai de réflexion (minutes)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="108"/>
        <source>Promotion threshold (0-100)</source>
        <translation>Seuil de promotion (0-100)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="109"/>
        <source>Allowed terms (comma-separated)</source>
        <translation>Termes autorisés (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="110"/>
        <source>Banned terms, every language (comma-separated)</source>
        <translation>Termes proscrits, toutes langues (séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="112"/>
        <source>Allow the selected term</source>
        <translation>Autoriser le terme choisi</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="117"/>
        <source>Proposed by leaders</source>
        <translation>Proposés par les dirigeants</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="118"/>
        <source>Rule severities</source>
        <translation>Gravité des règles</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="363"/>
        <source>House-style reference</source>
        <translation>Référence de la charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="120"/>
        <source>Add a value</source>
        <translation>Ajouter une valeur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="122"/>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="124"/>
        <source>Jargon → plain words (fr)</source>
        <translation>Jargon → mots simples (fr)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="125"/>
        <source>Jargon → plain words (en)</source>
        <translation>Jargon → mots simples (en)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="126"/>
        <source>Platform preferences</source>
        <translation>Préférences par plateforme</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="130"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="132"/>
        <source>TOML</source>
        <translation>TOML</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="136"/>
        <source>Paste a sample post to check it with this style</source>
        <translation>Collez un message d&apos;exemple pour le vérifier avec cette charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="144"/>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="149"/>
        <source>Save as the house style</source>
        <translation>Enregistrer comme charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="153"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="155"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="157"/>
        <source>House-style reference…</source>
        <translation>Référence de la charte…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="205"/>
        <source>Not understood, fix these lines of the form: %1</source>
        <translation>Non compris, corrigez ces lignes du formulaire : %1</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="220"/>
        <source>Impulsivity %1/100, promotion %2/100, %3 finding(s); linked to: %4</source>
        <translation>Impulsivité %1/100, promotion %2/100, %3 remarque(s) ; rattaché à : %4</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="380"/>
        <source>Import a house style</source>
        <translation>Importer une charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="386"/>
        <source>Cannot import</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="393"/>
        <source>Export the house style</source>
        <translation>Exporter la charte</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_editor.py" line="400"/>
        <source>Cannot export</source>
        <translation>Export impossible</translation>
    </message>
</context>
<context>
    <name>StyleTables</name>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="39"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="40"/>
        <source>Text (fr)</source>
        <translation>Texte (fr)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="41"/>
        <source>Text (en)</source>
        <translation>Texte (en)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="42"/>
        <source>Keywords (fr)</source>
        <translation>Mots-clés (fr)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="43"/>
        <source>Keywords (en)</source>
        <translation>Mots-clés (en)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="48"/>
        <source>one per line: term = plain word</source>
        <translation>un par ligne : terme = mot simple</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="54"/>
        <source>Preferred length</source>
        <translation>Longueur souhaitée</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="55"/>
        <source>Max hashtags</source>
        <translation>Hashtags max.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/style_form.py" line="56"/>
        <source>Max links</source>
        <translation>Liens max.</translation>
    </message>
</context>
<context>
    <name>TeamBanner</name>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="44"/>
        <source>The team server cannot be reached. The queue and the comments come back as soon as it answers.</source>
        <translation>Le serveur de l&apos;équipe est injoignable. La file et les commentaires reviennent dès qu&apos;il répond.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="46"/>
        <source>The team server cannot be reached. Keep drafting: your work stays on this computer and is sent at the next sync.</source>
        <translation>Le serveur d’équipe est injoignable. Continuez à rédiger : votre travail reste sur cet ordinateur et sera envoyé à la prochaine synchronisation.</translation>
    </message>
</context>
<context>
    <name>TeamBannerLine</name>
    <message>
        <location filename="../../src/flegme/ui/team_mode.py" line="92"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_mode.py" line="103"/>
        <source>The team server did not take everything:</source>
        <translation>Le serveur de l&apos;équipe n&apos;a pas tout accepté :</translation>
    </message>
</context>
<context>
    <name>TeamMode</name>
    <message>
        <location filename="../../src/flegme/ui/team_mode.py" line="126"/>
        <source>Checking the team server…</source>
        <translation>Vérification du serveur de l&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_mode.py" line="205"/>
        <source>The team server does not answer.</source>
        <translation>Le serveur de l&apos;équipe ne répond pas.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_mode.py" line="292"/>
        <source>Team: %1</source>
        <translation>Équipe : %1</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="77"/>
        <source>Check the connection</source>
        <translation>Vérifier la connexion</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="78"/>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="81"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="82"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="83"/>
        <source>Role (from your login)</source>
        <translation>Rôle (selon votre identifiant)</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="84"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="85"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="93"/>
        <source>Refused by the server or waiting:</source>
        <translation>Refusé par le serveur ou en attente :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="102"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="125"/>
        <source>not joined</source>
        <translation>pas encore rejoint</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="125"/>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="126"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="126"/>
        <source>syncing…</source>
        <translation>synchronisation…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="127"/>
        <source>leader</source>
        <translation>dirigeant</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="127"/>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="128"/>
        <source>comms lead</source>
        <translation>responsable communication</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_page.py" line="134"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>TeamSettingsPage</name>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="48"/>
        <source>The system&apos;s certificates</source>
        <translation>Les certificats du système</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="49"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="54"/>
        <source>Join the team</source>
        <translation>Rejoindre l&apos;équipe</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="57"/>
        <source>Leave the team on this computer</source>
        <translation>Quitter l&apos;équipe sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="65"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="66"/>
        <source>One-time secret</source>
        <translation>Secret à usage unique</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="67"/>
        <source>Server&apos;s CA certificate</source>
        <translation>Certificat de l&apos;autorité du serveur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="81"/>
        <source>Working with an assistant and a comms lead? Ask them for an invitation (an address and a one-time secret), then join here. The secret is replaced by a password kept in the system keyring.</source>
        <translation>Vous travaillez avec un assistant et un responsable communication ? Demandez-leur une invitation (une adresse et un secret à usage unique), puis rejoignez l&apos;équipe ici. Le secret est remplacé par un mot de passe gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="93"/>
        <source>The server&apos;s CA certificate</source>
        <translation>Le certificat de l&apos;autorité du serveur</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="101"/>
        <source>Give the server address from your invitation.</source>
        <translation>Indiquez l&apos;adresse du serveur reçue avec votre invitation.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="104"/>
        <source>Joining…</source>
        <translation>Connexion à l&apos;équipe…</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="111"/>
        <source>Joined as %1. The password is in the system keyring. Restart Flegme to work in team mode.</source>
        <translation>Équipe rejointe en tant que %1. Le mot de passe est dans le trousseau du système. Redémarrez Flegme pour travailler en équipe.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="118"/>
        <source>Could not join: %1</source>
        <translation>Impossible de rejoindre l&apos;équipe : %1</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/team_settings.py" line="126"/>
        <source>This computer has left the team (address and password forgotten). Restart Flegme to work alone.</source>
        <translation>Cet ordinateur a quitté l&apos;équipe (adresse et mot de passe oubliés). Redémarrez Flegme pour travailler seul.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="54"/>
        <source>Flegme could not finish that action. Your text is safe: it is saved as you type. The details for support are in %1.</source>
        <translation>Flegme n’a pas pu terminer cette action. Votre texte ne risque rien : il est enregistré au fil de la frappe. Les détails pour l’assistance sont dans %1.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/dialogs.py" line="57"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>open_vault</name>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="114"/>
        <source>The vault could not be created</source>
        <translation>Le coffre n’a pas pu être créé</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="123"/>
        <source>The vault could not be opened</source>
        <translation>Le coffre n’a pas pu être ouvert</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="127"/>
        <source>Vault in use</source>
        <translation>Coffre déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="139"/>
        <source>Open the vault</source>
        <translation>Ouvrir le coffre</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="141"/>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="142"/>
        <source>Recovery key (groups of letters and digits):</source>
        <translation>Clé de secours (groupes de lettres et de chiffres) :</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/first_run.py" line="169"/>
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
        <location filename="../../src/flegme/ui/vault_rescue.py" line="62"/>
        <source>Not exported</source>
        <translation>Pas exporté</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="64"/>
        <source>%1 draft(s) exported to %2 (not encrypted).</source>
        <translation>%1 brouillon(s) exporté(s) dans %2 (non chiffré).</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="67"/>
        <source>%1 could not be read.</source>
        <translation>%1 n&apos;ont pas pu être lus.</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="69"/>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/vault_rescue.py" line="76"/>
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
        <location filename="../../src/flegme/ui/app.py" line="119"/>
        <source>The vault could not be read</source>
        <translation>Le coffre n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <location filename="../../src/flegme/ui/app.py" line="122"/>
        <source>Read-only: the vault is damaged; nothing is saved into it.</source>
        <translation>Lecture seule : le coffre est endommagé ; rien n&apos;y est enregistré.</translation>
    </message>
</context>
</TS>
