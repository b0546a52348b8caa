<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AdministrationDesk</name>
    <message>
        <source>Back up to a USB stick…</source>
        <translation>Sauvegarder sur une clé USB…</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Sector, if the file has no Secteur column</source>
        <translation>Secteur, si le fichier n&apos;a pas de colonne Secteur</translation>
    </message>
    <message>
        <source>Import the landlord&apos;s roster…</source>
        <translation>Importer la liste du bailleur…</translation>
    </message>
    <message>
        <source>Landlord&apos;s roster</source>
        <translation>Liste du bailleur</translation>
    </message>
    <message>
        <source>Landlord reference of the household</source>
        <translation>Référence logement du foyer</translation>
    </message>
    <message>
        <source>Export its data…</source>
        <translation>Exporter ses données…</translation>
    </message>
    <message>
        <source>Erase its data…</source>
        <translation>Effacer ses données…</translation>
    </message>
    <message>
        <source>Apply the retention period</source>
        <translation>Appliquer la durée de conservation</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Filter: who, what, record</source>
        <translation>Filtrer : qui, quoi, fiche</translation>
    </message>
    <message>
        <source>Check the trail</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Last automatic backup: {when}.</source>
        <translation>Dernière sauvegarde automatique : {when}.</translation>
    </message>
    <message>
        <source>No automatic backup yet.</source>
        <translation>Pas encore de sauvegarde automatique.</translation>
    </message>
    <message>
        <source>, locked until {time}</source>
        <translation>, bloqué jusqu&apos;à {time}</translation>
    </message>
    <message>
        <source>Refused sign-ins since the last successful one — someone may be guessing a PIN:</source>
        <translation>Connexions refusées depuis la dernière réussie — quelqu&apos;un cherche peut-être un code PIN :</translation>
    </message>
    <message>
        <source>Choose the landlord&apos;s export</source>
        <translation>Choisissez l&apos;export du bailleur</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.txt)</source>
        <translation>Exports de tableur (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>Import the landlord&apos;s roster</source>
        <translation>Importer la liste du bailleur</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Choose the USB stick</source>
        <translation>Choisissez la clé USB</translation>
    </message>
    <message>
        <source>Backing up… the window stays usable.</source>
        <translation>Sauvegarde en cours… la fenêtre reste utilisable.</translation>
    </message>
    <message>
        <source>Backup written and checked: {file}</source>
        <translation>Sauvegarde écrite et vérifiée : {file}</translation>
    </message>
    <message>
        <source>Choose the backup</source>
        <translation>Choisissez la sauvegarde</translation>
    </message>
    <message>
        <source>Guichet backups (*.guichet-backup *.sqlite3)</source>
        <translation>Sauvegardes Guichet (*.guichet-backup *.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Replace all of today&apos;s data by the backup {file}? The current database is kept aside first. Everyone will have to sign in again.</source>
        <translation>Remplacer toutes les données actuelles par la sauvegarde {file} ? La base actuelle est d&apos;abord mise de côté. Tout le monde devra se reconnecter.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Anonymise household {ref} — {names} — {address}? Names, phones, notes and the names on its receipts and slips are erased for good, here and in the copies beside the database; receipts and counts stay.</source>
        <translation>Anonymiser le foyer {ref} — {names} — {address} ? Les noms, téléphones, notes et les noms sur ses reçus et convocations sont effacés définitivement, ici et dans les copies à côté de la base ; les reçus et les comptes restent.</translation>
    </message>
    <message>
        <source>Nothing to erase: no contact older than {date}.</source>
        <translation>Rien à effacer : aucun contact antérieur au {date}.</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n refused sign-in(s) in a row</source>
        <translation>
            <numerusform>{name} : %n connexion refusée de suite</numerusform>
            <numerusform>{name} : %n connexions refusées de suite</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {new}, {updated}, {unchanged}, {missing} (kept, flagged). {people} in the file. Import it?</source>
        <translation>{file} : {new}, {updated}, {unchanged}, {missing} (conservés, signalés). {people} dans le fichier. L&apos;importer ?</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Roster imported: {new}, {updated}, {missing}.</source>
        <translation>Liste importée : {new}, {updated}, {missing}.</translation>
    </message>
    <message numerus="yes">
        <source>%n new dwelling(s)</source>
        <translation>
            <numerusform>%n logement nouveau</numerusform>
            <numerusform>%n logements nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n mis à jour</numerusform>
            <numerusform>%n mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer listed</source>
        <translation>
            <numerusform>%n absent de la liste</numerusform>
            <numerusform>%n absents de la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… et %n autre</numerusform>
            <numerusform>… et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in the file.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé : %n problème dans le fichier.</numerusform>
            <numerusform>Rien n&apos;a été importé : %n problèmes dans le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the landlord reference of the household first.</source>
        <translation>Tapez d&apos;abord la référence logement du foyer.</translation>
    </message>
    <message>
        <source>Save the household&apos;s data</source>
        <translation>Enregistrer les données du foyer</translation>
    </message>
    <message>
        <source>Data of {ref} saved in {file}.</source>
        <translation>Données de {ref} enregistrées dans {file}.</translation>
    </message>
    <message>
        <source>nobody on the roster</source>
        <translation>personne sur la liste</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Effacer les données personnelles</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Last contact before {date}: anonymise {households} that left the roster ({people}) and erase {notes}? This cannot be undone.</source>
        <translation>Dernier contact avant le {date} : anonymiser {households} qui ont quitté la liste ({people}) et effacer {notes} ? Cela ne peut pas être annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s)</source>
        <translation>
            <numerusform>%n foyer</numerusform>
            <numerusform>%n foyers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit note(s)</source>
        <translation>
            <numerusform>%n note de passage</numerusform>
            <numerusform>%n notes de passage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>{file}: %n problem(s), nothing was imported.</source>
        <translation>
            <numerusform>{file} : %n erreur, rien n&apos;a été importé.</numerusform>
            <numerusform>{file} : %n erreurs, rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checked (nothing was written)</source>
        <translation>Vérification (rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <source>Import done</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <source>  missing from the file: {count}</source>
        <translation>  absents du fichier    : {count}</translation>
    </message>
    <message>
        <source> (flagged, not deleted)</source>
        <translation> (signalés, non supprimés)</translation>
    </message>
    <message>
        <source>  new dwellings        : {count}</source>
        <translation>  logements nouveaux    : {count}</translation>
    </message>
    <message>
        <source>  dwellings updated    : {count}</source>
        <translation>  logements mis à jour  : {count}</translation>
    </message>
    <message>
        <source>  dwellings unchanged  : {count}</source>
        <translation>  logements inchangés   : {count}</translation>
    </message>
    <message>
        <source>  people               : {count} in the file, {new} new, {updated} updated, {left} left</source>
        <translation>  personnes             : {count} dans le fichier, {new} nouvelles, {updated} mises à jour, {left} parties</translation>
    </message>
    <message>
        <source>  sectors created      : {count}</source>
        <translation>  secteurs créés        : {count}</translation>
    </message>
    <message>
        <source>    missing: {ref}</source>
        <translation>    absent : {ref}</translation>
    </message>
    <message>
        <source>    ... and {count} more</source>
        <translation>    ... et {count} autres</translation>
    </message>
    <message>
        <source>Demo loaded in {path}: {dwellings} dwellings, {people} people, {decoders} decoders, {computers} computers, {slots} appointment slots.</source>
        <translation>Démo chargée dans {path} : {dwellings} logements, {people} personnes, {decoders} décodeurs, {computers} ordinateurs, {slots} créneaux de rendez-vous.</translation>
    </message>
    <message>
        <source>Demo accounts: {accounts}</source>
        <translation>Comptes de démonstration : {accounts}</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase de passe : </translation>
    </message>
    <message>
        <source>Passphrase (again): </source>
        <translation>Phrase de passe (à nouveau) : </translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
    <message>
        <source>No passphrase given (option --passphrase-file).</source>
        <translation>Aucune phrase de passe donnée (option --passphrase-file).</translation>
    </message>
    <message>
        <source>Encrypted backup written and checked: {file} ({size} bytes).</source>
        <translation>Sauvegarde chiffrée écrite et vérifiée : {file} ({size} octets).</translation>
    </message>
    <message>
        <source>Database restored from {file}.</source>
        <translation>Base restaurée depuis {file}.</translation>
    </message>
    <message>
        <source>The previous database is kept: {file}</source>
        <translation>L&apos;ancienne base est conservée : {file}</translation>
    </message>
    <message>
        <source>Backup from an earlier version (schema {revision}): brought up to date.</source>
        <translation>Sauvegarde d&apos;une version antérieure (schéma {revision}) : mise à jour faite.</translation>
    </message>
</context>
<context>
    <name>CounterDesk</name>
    <message>
        <source>Code from a slip or card</source>
        <translation>Code d&apos;une convocation ou d&apos;une carte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Taken care of</source>
        <translation>Pris en charge</translation>
    </message>
    <message>
        <source>The person chosen in the list is being seen: their waiting time stops.</source>
        <translation>La personne choisie dans la liste est reçue : son attente s&apos;arrête.</translation>
    </message>
    <message>
        <source>Cancel the arrival…</source>
        <translation>Annuler l&apos;arrivée…</translation>
    </message>
    <message>
        <source>Recorded by mistake? Take it back (today only; kept in the audit log).</source>
        <translation>Enregistrée par erreur ? Annulez-la (le jour même ; le journal d&apos;audit le garde).</translation>
    </message>
    <message>
        <source>Walk-in with no record… (F9)</source>
        <translation>Visiteur sans dossier… (F9)</translation>
    </message>
    <message>
        <source>No scanner? Type the code:</source>
        <translation>Pas de lecteur ? Tapez le code :</translation>
    </message>
    <message>
        <source>Today at the counter</source>
        <translation>Aujourd&apos;hui à l&apos;accueil</translation>
    </message>
    <message>
        <source>Search (F2): name, address, door, reference or phone</source>
        <translation>Rechercher (F2) : nom, adresse, porte, référence ou téléphone</translation>
    </message>
    <message>
        <source>Scan ignored: close the open window first, then scan again.</source>
        <translation>Lecture ignorée : fermez d&apos;abord la fenêtre ouverte, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>No household found for « {text} ».</source>
        <translation>Aucun foyer trouvé pour « {text} ».</translation>
    </message>
    <message numerus="yes">
        <source>The first %n households: type more to narrow down.</source>
        <translation>
            <numerusform>Le premier foyer : tapez la suite pour préciser.</numerusform>
            <numerusform>Les %n premiers foyers : tapez la suite pour préciser.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found.</source>
        <translation>
            <numerusform>%n foyer trouvé.</numerusform>
            <numerusform>%n foyers trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-in with no record recorded at {time} ({reason}).</source>
        <translation>Visiteur sans dossier enregistré à {time} ({reason}).</translation>
    </message>
    <message>
        <source>A mistake? Choose it in today&apos;s list, then « Cancel the arrival ».</source>
        <translation>Une erreur ? Choisissez la ligne dans la liste du jour, puis « Annuler l&apos;arrivée ».</translation>
    </message>
    <message>
        <source>Already here today</source>
        <translation>Déjà venu aujourd&apos;hui</translation>
    </message>
    <message>
        <source>This household already came today at {time} ({reason}). Record a second visit?</source>
        <translation>Ce foyer est déjà venu aujourd&apos;hui à {time} ({reason}). Enregistrer un second passage ?</translation>
    </message>
    <message>
        <source>Record a second visit</source>
        <translation>Enregistrer un second passage</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Arrival recorded at {time} ({reason}).</source>
        <translation>Arrivée enregistrée à {time} ({reason}).</translation>
    </message>
    <message>
        <source>Open the household</source>
        <translation>Ouvrir le foyer</translation>
    </message>
    <message>
        <source>Choose a person in today&apos;s list first.</source>
        <translation>Choisissez d&apos;abord une personne dans la liste du jour.</translation>
    </message>
    <message>
        <source>a walk-in with no record</source>
        <translation>un visiteur sans dossier</translation>
    </message>
    <message>
        <source>Cancel the arrival</source>
        <translation>Annuler l&apos;arrivée</translation>
    </message>
    <message>
        <source>Take back the arrival of {who} at {time} ({reason})? It leaves today&apos;s list; the audit log keeps that you took it back.</source>
        <translation>Annuler l&apos;arrivée de {who} à {time} ({reason}) ? Elle sort de la liste du jour ; le journal d&apos;audit garde que vous l&apos;avez annulée.</translation>
    </message>
    <message>
        <source>Take it back</source>
        <translation>Annuler l&apos;arrivée</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>La garder</translation>
    </message>
    <message>
        <source>Arrival taken back.</source>
        <translation>Arrivée annulée.</translation>
    </message>
    <message>
        <source>Unknown code: « {code} ». Nothing was opened.</source>
        <translation>Code inconnu : « {code} ». Rien n&apos;a été ouvert.</translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impressions</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Not printed: {reason}</source>
        <translation>Non imprimé : {reason}</translation>
    </message>
    <message>
        <source>printer unavailable</source>
        <translation>imprimante indisponible</translation>
    </message>
    <message>
        <source>no printer chosen</source>
        <translation>aucune imprimante choisie</translation>
    </message>
    <message>
        <source>the printer refused the job</source>
        <translation>l&apos;imprimante a refusé le travail</translation>
    </message>
    <message>
        <source>Never printed</source>
        <translation>Jamais imprimé</translation>
    </message>
    <message numerus="yes">
        <source>Printed %n time(s), last on {when}</source>
        <translation>
            <numerusform>Imprimé %n fois, le {when}</numerusform>
            <numerusform>Imprimé %n fois, dernière fois le {when}</numerusform>
        </translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impressions</translation>
    </message>
</context>
<context>
    <name>HouseholdCardView</name>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Tenant vote</source>
        <translation>Vote des locataires</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Décodeur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Last visits</source>
        <translation>Derniers passages</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultatif)</translation>
    </message>
    <message>
        <source>← Results (Esc)</source>
        <translation>← Résultats (Échap)</translation>
    </message>
    <message>
        <source>Back to the search results</source>
        <translation>Retour aux résultats de la recherche</translation>
    </message>
    <message>
        <source>Record the arrival (Ctrl+Enter)</source>
        <translation>Enregistrer l&apos;arrivée (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Why is the household here today?</source>
        <translation>Motif de la venue aujourd&apos;hui :</translation>
    </message>
    <message>
        <source>Dwelling {ref}</source>
        <translation>Logement {ref}</translation>
    </message>
    <message>
        <source>{address} — {sector} — reference {ref}</source>
        <translation>{address} — {sector} — référence {ref}</translation>
    </message>
    <message>
        <source>No longer on the landlord&apos;s latest roster.</source>
        <translation>N&apos;est plus sur la dernière liste du bailleur.</translation>
    </message>
    <message>
        <source>Nobody on the roster</source>
        <translation>Personne sur la liste du bailleur</translation>
    </message>
    <message>
        <source>No vote in progress in this sector.</source>
        <translation>Pas de vote en cours dans ce secteur.</translation>
    </message>
    <message>
        <source>Has not voted yet.</source>
        <translation>N&apos;a pas encore voté.</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>à l&apos;accueil</translation>
    </message>
    <message>
        <source>through the caretaker</source>
        <translation>par le gardien</translation>
    </message>
    <message>
        <source>Voted on {date} ({channel}).</source>
        <translation>A voté le {date} ({channel}).</translation>
    </message>
    <message>
        <source>{serial} on {date}, receipt {receipt}</source>
        <translation>{serial} le {date}, reçu {receipt}</translation>
    </message>
    <message>
        <source>(replacement)</source>
        <translation>(remplacement)</translation>
    </message>
    <message>
        <source>Not handed out yet.</source>
        <translation>Pas encore remis.</translation>
    </message>
    <message>
        <source>{model} {serial}, {amount} on {date}, receipt {receipt}</source>
        <translation>{model} {serial}, {amount} le {date}, reçu {receipt}</translation>
    </message>
    <message>
        <source>None bought.</source>
        <translation>Aucun acheté.</translation>
    </message>
    <message>
        <source>None coming.</source>
        <translation>Aucun à venir.</translation>
    </message>
    <message>
        <source>No visit recorded.</source>
        <translation>Aucun passage enregistré.</translation>
    </message>
</context>
<context>
    <name>HouseholdHitModel</name>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Address and sector</source>
        <translation>Adresse et secteur</translation>
    </message>
    <message>
        <source>(nobody on the roster)</source>
        <translation>(personne sur la liste)</translation>
    </message>
    <message numerus="yes">
        <source>(+ %n other(s) in the household)</source>
        <translation>
            <numerusform>(+ %n autre personne au foyer)</numerusform>
            <numerusform>(+ %n autres personnes au foyer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Decoder pick-up</source>
        <translation>Retrait de décodeur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Help session</source>
        <translation>Permanence d&apos;aide</translation>
    </message>
    <message>
        <source>Advice on an operator contract</source>
        <translation>Conseil sur un contrat d&apos;opérateur</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>volunteer</source>
        <translation>bénévole</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>compte créé</translation>
    </message>
    <message>
        <source>backup to a stick</source>
        <translation>sauvegarde sur clé</translation>
    </message>
    <message>
        <source>centre named</source>
        <translation>centre nommé</translation>
    </message>
    <message>
        <source>database restored</source>
        <translation>base restaurée</translation>
    </message>
    <message>
        <source>demo loaded</source>
        <translation>démo chargée</translation>
    </message>
    <message>
        <source>household erased</source>
        <translation>foyer effacé</translation>
    </message>
    <message>
        <source>personal data exported</source>
        <translation>données personnelles exportées</translation>
    </message>
    <message>
        <source>retention applied</source>
        <translation>durée de conservation appliquée</translation>
    </message>
    <message>
        <source>roster imported</source>
        <translation>liste du bailleur importée</translation>
    </message>
    <message>
        <source>arrival recorded</source>
        <translation>arrivée enregistrée</translation>
    </message>
    <message>
        <source>visitor taken care of</source>
        <translation>visiteur pris en charge</translation>
    </message>
    <message>
        <source>arrival cancelled</source>
        <translation>arrivée annulée</translation>
    </message>
    <message>
        <source>document made</source>
        <translation>document créé</translation>
    </message>
    <message>
        <source>document printed</source>
        <translation>document imprimé</translation>
    </message>
    <message>
        <source>duplicate printed</source>
        <translation>duplicata imprimé</translation>
    </message>
    <message>
        <source>printing failed</source>
        <translation>impression échouée</translation>
    </message>
    <message>
        <source>Guichet (automatic)</source>
        <translation>Guichet (automatique)</translation>
    </message>
    <message>
        <source>command line ({user})</source>
        <translation>ligne de commande ({user})</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Passage</translation>
    </message>
    <message>
        <source>Dwelling</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Roster</source>
        <translation>Liste du bailleur</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>connexion refusée</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Someone else: sign in with another name</source>
        <translation>Quelqu&apos;un d&apos;autre : se connecter sous un autre nom</translation>
    </message>
    <message>
        <source>Wrong PIN or password for {name}. Try again, or « Someone else » below.</source>
        <translation>Code ou mot de passe incorrect pour {name}. Réessayez, ou « Quelqu&apos;un d&apos;autre » plus bas.</translation>
    </message>
    <message>
        <source>The counter locked itself after a while without use. What was being typed is kept.</source>
        <translation>Le poste s&apos;est verrouillé après un moment sans activité. Ce qui était en cours de saisie est conservé.</translation>
    </message>
    <message>
        <source>Locked — {name}</source>
        <translation>Verrouillé — {name}</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Who is at the counter?</source>
        <translation>Qui est au guichet ?</translation>
    </message>
    <message>
        <source>Choose your name, then type your PIN or password.</source>
        <translation>Choisissez votre nom, puis tapez votre code PIN ou votre mot de passe.</translation>
    </message>
    <message>
        <source>Choose your name in the list first.</source>
        <translation>Choisissez d&apos;abord votre nom dans la liste.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Switch user</source>
        <translation>Changer d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign out and let someone else sign in</source>
        <translation>Se déconnecter pour laisser quelqu&apos;un d&apos;autre se connecter</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Un instant…</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Close Guichet</source>
        <translation>Fermer Guichet</translation>
    </message>
    <message>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <source>Backup restored. Sign in again.</source>
        <translation>Sauvegarde restaurée. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Guichet</source>
        <translation>Guichet</translation>
    </message>
    <message>
        <source>Guichet is already open on this computer with the same database. Use the window that is already open.</source>
        <translation>Guichet est déjà ouvert sur cet ordinateur avec la même base. Utilisez la fenêtre déjà ouverte.</translation>
    </message>
    <message>
        <source>Wrong name or secret. Try again.</source>
        <translation>Nom ou code incorrect. Réessayez.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait {seconds} seconds, then try again.</source>
        <translation>Trop d&apos;essais. Attendez {seconds} secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>Too short: at least {count} characters.</source>
        <translation>Trop court : au moins {count} caractères.</translation>
    </message>
    <message>
        <source>An account named {name} already exists.</source>
        <translation>Un compte nommé {name} existe déjà.</translation>
    </message>
    <message>
        <source>Audit trail intact: {count} entries checked.</source>
        <translation>Journal d&apos;audit intact : {count} entrées vérifiées.</translation>
    </message>
    <message>
        <source>Audit trail damaged: entry {id} cannot be read (a date or a detail that is not one).</source>
        <translation>Journal d&apos;audit endommagé : l&apos;entrée n° {id} est illisible (une date ou un détail qui n&apos;en est pas un).</translation>
    </message>
    <message>
        <source>Audit trail altered: entry {id} was changed, or an entry before it was deleted.</source>
        <translation>Journal d&apos;audit altéré : l&apos;entrée n° {id} a été modifiée, ou une entrée précédente supprimée.</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>Impossible de lire {file} : {reason}</translation>
    </message>
    <message>
        <source>Could not write {file}: {reason}</source>
        <translation>Impossible d&apos;écrire {file} : {reason}</translation>
    </message>
    <message>
        <source>the stick is full</source>
        <translation>la clé est pleine</translation>
    </message>
    <message>
        <source>the stick was removed or does not answer</source>
        <translation>la clé a été retirée ou ne répond plus</translation>
    </message>
    <message>
        <source>the folder {folder} does not exist (is the stick plugged in?)</source>
        <translation>le dossier {folder} n&apos;existe pas (la clé est-elle branchée ?)</translation>
    </message>
    <message>
        <source>nothing can be written there</source>
        <translation>impossible d&apos;écrire à cet endroit</translation>
    </message>
    <message>
        <source>the copy read back differs</source>
        <translation>la copie relue ne correspond pas</translation>
    </message>
    <message>
        <source>Backup failed: {reason}. No file was left there and the database was not touched.</source>
        <translation>Sauvegarde impossible : {reason}. Aucun fichier n&apos;y a été laissé et la base n&apos;a pas été touchée.</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier est illisible</translation>
    </message>
    <message>
        <source>it is not a Guichet backup</source>
        <translation>ce n&apos;est pas une sauvegarde Guichet</translation>
    </message>
    <message>
        <source>wrong passphrase, or a damaged file</source>
        <translation>phrase de passe incorrecte, ou fichier abîmé</translation>
    </message>
    <message>
        <source>this backup needs its passphrase</source>
        <translation>cette sauvegarde demande sa phrase de passe</translation>
    </message>
    <message>
        <source>the backup is damaged</source>
        <translation>la sauvegarde est endommagée</translation>
    </message>
    <message>
        <source>it comes from a newer Guichet</source>
        <translation>elle vient d&apos;une version plus récente de Guichet</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the database is open in another Guichet window or command on this computer: close it first</source>
        <translation>la base est ouverte dans une autre fenêtre ou commande Guichet sur cet ordinateur : fermez-la d&apos;abord</translation>
    </message>
    <message>
        <source>The copy {file} cannot be used to check the trail: {reason}.</source>
        <translation>La copie {file} ne peut pas servir à vérifier le journal : {reason}.</translation>
    </message>
    <message>
        <source>Restore refused: {reason}. The current database was not changed.</source>
        <translation>Restauration refusée : {reason}. La base actuelle n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <source>no printer is chosen for this document</source>
        <translation>aucune imprimante n&apos;est choisie pour ce document</translation>
    </message>
    <message>
        <source>the printer {printer} is off, unplugged or missing</source>
        <translation>l&apos;imprimante {printer} est éteinte, débranchée ou absente</translation>
    </message>
    <message>
        <source>the printer {printer} refused the job</source>
        <translation>l&apos;imprimante {printer} a refusé le travail</translation>
    </message>
    <message>
        <source>Not printed: {reason}. Nothing is lost: the document is kept in Impressions, to print again or save on a USB stick.</source>
        <translation>Non imprimé : {reason}. Rien n&apos;est perdu : le document est conservé dans Impressions, pour le réimprimer ou l&apos;enregistrer sur une clé USB.</translation>
    </message>
    <message>
        <source>No household with the reference {ref}.</source>
        <translation>Aucun foyer avec la référence {ref}.</translation>
    </message>
    <message>
        <source>This visit is no longer in today&apos;s list (another counter may have cancelled it).</source>
        <translation>Ce passage n&apos;est plus dans la liste du jour (un autre poste l&apos;a peut-être annulé).</translation>
    </message>
    <message>
        <source>Only today&apos;s visits can be cancelled; this one dates from {date}.</source>
        <translation>Seuls les passages du jour peuvent être annulés ; celui-ci date du {date}.</translation>
    </message>
    <message>
        <source>The database {path} already holds data: the demo was not loaded.</source>
        <translation>La base {path} contient déjà des données : la démo n&apos;a pas été chargée.</translation>
    </message>
    <message>
        <source>Your account may not do this. Ask the coordinator.</source>
        <translation>Votre compte ne permet pas cette action. Demandez à la coordination.</translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation>L&apos;opération n&apos;a pas pu être terminée.</translation>
    </message>
    <message>
        <source>The disk of {path} is full: nothing was written, and the database is as it was. Free some space (or ask the coordinator), then do it again.</source>
        <translation>Le disque de {path} est plein : rien n&apos;a été enregistré et la base est comme avant. Libérez de la place (ou prévenez la coordination), puis recommencez.</translation>
    </message>
    <message>
        <source>There is no Guichet database at {path} (no file, or an empty one). Nothing was created: check the path, or start Guichet once to set the centre up.</source>
        <translation>Il n&apos;y a pas de base Guichet à {path} (fichier absent ou vide). Rien n&apos;a été créé : vérifiez le chemin, ou démarrez Guichet une première fois pour enregistrer le centre.</translation>
    </message>
    <message>
        <source>{path} is not a Guichet database. Nothing was changed.</source>
        <translation>{path} n&apos;est pas une base Guichet. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database {path} is damaged. It was not modified: ask the coordinator to restore a backup.</source>
        <translation>La base {path} est endommagée. Elle n&apos;a pas été modifiée : demandez à la coordination de restaurer une sauvegarde.</translation>
    </message>
    <message>
        <source>The database {path} cannot be written (read-only file or folder).</source>
        <translation>La base {path} ne peut pas être modifiée (fichier ou dossier en lecture seule).</translation>
    </message>
    <message>
        <source>The database {path} is in use by another Guichet. Close it, then try again.</source>
        <translation>La base {path} est utilisée par un autre Guichet. Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The database {path} was written by a newer Guichet. Update Guichet on this PC.</source>
        <translation>La base {path} a été écrite par une version plus récente de Guichet. Mettez Guichet à jour sur ce PC.</translation>
    </message>
    <message>
        <source>The database {path} cannot be opened.</source>
        <translation>La base {path} ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>Retention applied (last contact before {date}): {households}, {people}, {notes}.</source>
        <translation>Durée de conservation appliquée (dernier contact avant le {date}) : {households}, {people}, {notes}.</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) anonymised</source>
        <translation>
            <numerusform>%n foyer anonymisé</numerusform>
            <numerusform>%n foyers anonymisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) anonymised</source>
        <translation>
            <numerusform>%n personne anonymisée</numerusform>
            <numerusform>%n personnes anonymisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit note(s) erased</source>
        <translation>
            <numerusform>%n note de passage effacée</numerusform>
            <numerusform>%n notes de passage effacées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) of {ref} anonymised.</source>
        <translation>
            <numerusform>%n personne du foyer {ref} anonymisée.</numerusform>
            <numerusform>%n personnes du foyer {ref} anonymisées.</numerusform>
        </translation>
    </message>
    <message>
        <source>It begins exactly as in the copy {file} ({count} entries then).</source>
        <translation>Il commence exactement comme dans la copie {file} ({count} entrées alors).</translation>
    </message>
    <message>
        <source>It no longer begins as in the copy {file}: entries were deleted or rewritten since ({count} entries in the copy, {live} now).</source>
        <translation>Il ne commence plus comme dans la copie {file} : des entrées ont été supprimées ou réécrites depuis ({count} entrées dans la copie, {live} maintenant).</translation>
    </message>
    <message>
        <source>Fingerprint of the trail to note down: {count} entries, {fingerprint}.</source>
        <translation>Empreinte du journal à noter : {count} entrées, {fingerprint}.</translation>
    </message>
    <message>
        <source>A journal file beside the database did not belong to it: it was set aside, untouched, as {files}, and the database was opened without it. Nothing was lost from the database; tell the coordinator.</source>
        <translation>Un fichier journal à côté de la base ne lui appartenait pas : il a été mis de côté, intact, sous {files}, et la base a été ouverte sans lui. Rien n&apos;a été perdu dans la base ; prévenez la coordination.</translation>
    </message>
    <message>
        <source>Type the landlord reference of the household first.</source>
        <translation>Tapez d&apos;abord la référence logement du foyer.</translation>
    </message>
</context>
<context>
    <name>OverviewDesk</name>
    <message>
        <source>Hello, {name}</source>
        <translation>Bonjour, {name}</translation>
    </message>
    <message>
        <source>Signed in as {role}.</source>
        <translation>Votre rôle : {role}.</translation>
    </message>
    <message numerus="yes">
        <source>%n dwelling(s) on the roster</source>
        <translation>
            <numerusform>logement sur la liste</numerusform>
            <numerusform>logements sur la liste</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the households</source>
        <translation>
            <numerusform>personne dans les foyers</numerusform>
            <numerusform>personnes dans les foyers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sector(s)</source>
        <translation>
            <numerusform>secteur</numerusform>
            <numerusform>secteurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s) in progress</source>
        <translation>
            <numerusform>vote en cours</numerusform>
            <numerusform>votes en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decoder(s) in stock</source>
        <translation>
            <numerusform>décodeur en stock</numerusform>
            <numerusform>décodeurs en stock</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>The backup is encrypted: without this passphrase nobody can read it, not even you. Write it down and keep it apart from the stick.</source>
        <translation>La sauvegarde est chiffrée : sans cette phrase de passe, personne ne peut la lire, pas même vous. Notez-la et rangez-la loin de la clé.</translation>
    </message>
    <message>
        <source>Passphrase ({count} characters or more)</source>
        <translation>Phrase de passe ({count} caractères ou plus)</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase de passe (à nouveau)</translation>
    </message>
    <message>
        <source>Too short: at least {count} characters.</source>
        <translation>Trop court : au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe sont différentes.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No printer is installed on this computer: save the PDF on a USB stick to print it elsewhere.</source>
        <translation>Aucune imprimante n&apos;est installée sur cet ordinateur : enregistrez le PDF sur une clé USB pour l&apos;imprimer ailleurs.</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Imprimante</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>A4 sheet</source>
        <translation>Feuille A4</translation>
    </message>
    <message>
        <source>A6 card</source>
        <translation>Carte A6</translation>
    </message>
    <message>
        <source>80 mm receipt roll</source>
        <translation>Rouleau de tickets 80 mm</translation>
    </message>
    <message>
        <source>Save the PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation>PDF enregistré : {file}</translation>
    </message>
</context>
<context>
    <name>PrintingDesk</name>
    <message>
        <source>Receipts, slips and minutes will be listed here as soon as a desk makes one.</source>
        <translation>Les reçus, convocations et procès-verbaux apparaîtront ici dès qu&apos;un guichet en établira.</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Aperçu et impression…</translation>
    </message>
    <message>
        <source>Print again on the usual printer</source>
        <translation>Réimprimer sur l&apos;imprimante habituelle</translation>
    </message>
    <message>
        <source>Sent to {printer}.</source>
        <translation>Envoyé à {printer}.</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not a text file (a CSV export is expected)</source>
        <translation>ce n&apos;est pas un fichier texte (un export CSV est attendu)</translation>
    </message>
    <message>
        <source>file too large (over {detail} bytes)</source>
        <translation>fichier trop gros (plus de {detail} octets)</translation>
    </message>
    <message>
        <source>too many lines (over {detail}): is it the right file? Split it by sector</source>
        <translation>trop de lignes (plus de {detail}) : est-ce le bon fichier ? Découpez-le par secteur</translation>
    </message>
    <message>
        <source>unreadable encoding (UTF-8 or Windows-1252 expected)</source>
        <translation>encodage illisible (UTF-8 ou Windows-1252 attendu)</translation>
    </message>
    <message>
        <source>required column missing: « {detail} »</source>
        <translation>colonne obligatoire absente : « {detail} »</translation>
    </message>
    <message>
        <source>column twice: « {detail} »</source>
        <translation>colonne en double : « {detail} »</translation>
    </message>
    <message>
        <source>no dwelling in the file</source>
        <translation>aucun logement dans le fichier</translation>
    </message>
    <message>
        <source>unreadable line ({detail})</source>
        <translation>ligne illisible ({detail})</translation>
    </message>
    <message>
        <source>more cells than columns ({detail}): a separator inside a cell?</source>
        <translation>plus de cellules que de colonnes ({detail}) : un séparateur dans une cellule ?</translation>
    </message>
    <message>
        <source>landlord reference missing</source>
        <translation>référence logement manquante</translation>
    </message>
    <message>
        <source>address missing for {ref}</source>
        <translation>adresse manquante pour {ref}</translation>
    </message>
    <message>
        <source>no sector for {ref} (Secteur column, or choose a sector)</source>
        <translation>pas de secteur pour {ref} (colonne Secteur, ou indiquez un secteur)</translation>
    </message>
    <message>
        <source>a character in another encoding than the rest of the file (UTF-8 mixed with Windows-1252): save the file again as CSV UTF-8</source>
        <translation>un caractère dans un autre encodage que le reste du fichier (UTF-8 mêlé de Windows-1252) : enregistrez à nouveau le fichier en CSV UTF-8</translation>
    </message>
    <message>
        <source>a quote opened here is closed only on line {detail}: check the quotes in this line</source>
        <translation>un guillemet ouvert ici ne se referme qu&apos;à la ligne {detail} : vérifiez les guillemets de cette ligne</translation>
    </message>
    <message>
        <source>a cell longer than {detail} characters: is a separator missing?</source>
        <translation>une cellule de plus de {detail} caractères : manque-t-il un séparateur ?</translation>
    </message>
    <message>
        <source>not a file (choose the CSV export itself)</source>
        <translation>ce n&apos;est pas un fichier (choisissez l&apos;export CSV lui-même)</translation>
    </message>
    <message>
        <source>{ref}: {column} « {detail} » here, but « {other_value} » on line {other_line}</source>
        <translation>{ref} : {column} « {detail} » ici, mais « {other_value} » ligne {other_line}</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>secteur</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>building</source>
        <translation>bâtiment</translation>
    </message>
    <message>
        <source>staircase</source>
        <translation>escalier</translation>
    </message>
    <message>
        <source>floor</source>
        <translation>étage</translation>
    </message>
    <message>
        <source>door</source>
        <translation>porte</translation>
    </message>
    <message>
        <source>line {line}: {text}</source>
        <translation>ligne {line} : {text}</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>e.g. Centre social de Kerourien</source>
        <translation>par exemple : Centre social de Kerourien</translation>
    </message>
    <message>
        <source>Your name as shown at sign-in</source>
        <translation>Votre nom, tel qu&apos;il apparaîtra à la connexion</translation>
    </message>
    <message>
        <source>Create the coordinator account</source>
        <translation>Créer le compte de coordination</translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <source>Coordinator&apos;s name</source>
        <translation>Nom du coordinateur ou de la coordinatrice</translation>
    </message>
    <message>
        <source>Password (8 characters or more)</source>
        <translation>Mot de passe (8 caractères ou plus)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Mot de passe (à nouveau)</translation>
    </message>
    <message>
        <source>Welcome to Guichet</source>
        <translation>Bienvenue dans Guichet</translation>
    </message>
    <message>
        <source>This is the first start on this computer. Create the coordinator&apos;s account: the coordinator then creates the accounts of reception staff and volunteers.</source>
        <translation>C&apos;est le premier démarrage sur cet ordinateur. Créez le compte de coordination : la coordination crée ensuite les comptes de l&apos;accueil et des bénévoles.</translation>
    </message>
    <message>
        <source>Fill in the name of the centre and your name.</source>
        <translation>Indiquez le nom du centre et votre nom.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>Les deux mots de passe sont différents. Tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>TodayVisitsModel</name>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Walk-in (no record)</source>
        <translation>Visiteur sans dossier</translation>
    </message>
    <message>
        <source>✓ {minutes} min</source>
        <translation>✓ {minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
</TS>
