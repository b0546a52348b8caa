<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>Account of {name}</source>
        <translation>Compte de {name}</translation>
    </message>
    <message>
        <source>Last day (civic service):</source>
        <translation>Dernier jour (service civique) :</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Laisser vide pour garder l&apos;actuel</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Name as shown at sign-in</source>
        <translation>Nom affiché à la connexion</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>PIN or password</source>
        <translation>Code PIN ou mot de passe</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Encore une fois</translation>
    </message>
    <message>
        <source>A coordinator signs in with a password of 8 characters or more.</source>
        <translation>La coordination se connecte avec un mot de passe de 8 caractères ou plus.</translation>
    </message>
    <message>
        <source>A PIN of 4 digits or more, not one digit repeated (not 1111).</source>
        <translation>Un code PIN de 4 chiffres ou plus, pas un seul chiffre répété (pas 1111).</translation>
    </message>
    <message>
        <source>Type the person&apos;s name.</source>
        <translation>Tapez le nom de la personne.</translation>
    </message>
    <message>
        <source>Choose their PIN or password.</source>
        <translation>Choisissez son code PIN ou son mot de passe.</translation>
    </message>
    <message>
        <source>The two entries differ. Type them again.</source>
        <translation>Les deux saisies sont différentes. Tapez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>ended on {date}</source>
        <translation>terminé le {date}</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>jusqu&apos;au {date}</translation>
    </message>
</context>
<context>
    <name>ActDialog</name>
    <message>
        <source>Change nothing</source>
        <translation>Ne rien changer</translation>
    </message>
    <message>
        <source>Fill in every field.</source>
        <translation>Remplissez tous les champs.</translation>
    </message>
</context>
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
        <source>{file}: {new}, {updated}, {unchanged}, {missing} (kept, flagged). {people} in the file.</source>
        <translation>{file} : {new}, {updated}, {unchanged}, {missing} (conservés, signalés). {people} dans le fichier.</translation>
    </message>
    <message>
        <source>Import it?</source>
        <translation>L&apos;importer ?</translation>
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
    <name>Agenda</name>
    <message>
        <source>Decoder pick-up</source>
        <translation>Retrait de décodeur</translation>
    </message>
    <message>
        <source>Computer pick-up</source>
        <translation>Retrait d&apos;ordinateur</translation>
    </message>
    <message>
        <source>Help session</source>
        <translation>Permanence d&apos;aide</translation>
    </message>
    <message>
        <source>Contract advice</source>
        <translation>Conseil contrat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>came</source>
        <translation>venu</translation>
    </message>
    <message>
        <source>did not come</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>AgendaDesk</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Whole week</source>
        <translation>Toute la semaine</translation>
    </message>
    <message>
        <source>New slots…</source>
        <translation>Nouveaux créneaux…</translation>
    </message>
    <message>
        <source>Export (.ics)…</source>
        <translation>Exporter (.ics)…</translation>
    </message>
    <message>
        <source>The next four weeks, for a phone&apos;s calendar (no names)</source>
        <translation>Les quatre semaines à venir, pour l&apos;agenda d&apos;un téléphone (sans les noms)</translation>
    </message>
    <message>
        <source>Book a household…</source>
        <translation>Réserver pour un foyer…</translation>
    </message>
    <message>
        <source>Print the slip</source>
        <translation>Imprimer le ticket</translation>
    </message>
    <message>
        <source>Cancel the appointment…</source>
        <translation>Annuler le rendez-vous…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Déplacer…</translation>
    </message>
    <message>
        <source>Mark the day&apos;s no-shows</source>
        <translation>Noter les absents du jour</translation>
    </message>
    <message>
        <source>Cancel the slot…</source>
        <translation>Annuler le créneau…</translation>
    </message>
    <message>
        <source>Print the day&apos;s list</source>
        <translation>Imprimer la liste du jour</translation>
    </message>
    <message>
        <source>Who comes when, on A4, for the counter</source>
        <translation>Qui vient à quelle heure, sur A4, pour l&apos;accueil</translation>
    </message>
    <message>
        <source>Slip printed on {printer}.</source>
        <translation>Ticket imprimé sur {printer}.</translation>
    </message>
    <message>
        <source>Booked all the same.</source>
        <translation>C&apos;est bien réservé.</translation>
    </message>
    <message>
        <source>Choose a slot, then « Book a household… ».</source>
        <translation>Choisissez un créneau, puis «&#xa0;Réserver pour un foyer…&#xa0;».</translation>
    </message>
    <message>
        <source>Scanning the slip at Accueil records the arrival.</source>
        <translation>Le jour venu, scanner le ticket à l&apos;accueil enregistre l&apos;arrivée.</translation>
    </message>
    <message>
        <source>Refused: nothing was recorded</source>
        <translation>Refusé&#xa0;: rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>{day} (taken at {place})</source>
        <translation>{day} (déjà pris à {place})</translation>
    </message>
    <message numerus="yes">
        <source>%n slot(s) created.</source>
        <translation>
            <numerusform>%n créneau créé.</numerusform>
            <numerusform>%n créneaux créés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: {days}</source>
        <translation>Sautés&#xa0;: {days}</translation>
    </message>
    <message>
        <source>Book for {ref}</source>
        <translation>Réserver pour {ref}</translation>
    </message>
    <message>
        <source>An appointment for {ref}: choose the day and the slot.</source>
        <translation>Un rendez-vous pour {ref}&#xa0;: choisissez le jour et le créneau.</translation>
    </message>
    <message>
        <source>Then « Book for {ref} »: the slip prints.</source>
        <translation>Puis «&#xa0;Réserver pour {ref}&#xa0;»&#xa0;: le ticket s&apos;imprime.</translation>
    </message>
    <message>
        <source>Booked: {day} at {time}</source>
        <translation>Réservé&#xa0;: le {day} à {time}</translation>
    </message>
    <message>
        <source>The slip is printing: give it to the tenant.</source>
        <translation>Le ticket s&apos;imprime&#xa0;: donnez-le au locataire.</translation>
    </message>
    <message>
        <source>No other slot of this kind has a place left</source>
        <translation>Aucun autre créneau de ce type n&apos;a de place libre</translation>
    </message>
    <message>
        <source>Create one with « New slots… », then move the appointment.</source>
        <translation>Créez-en un avec «&#xa0;Nouveaux créneaux…&#xa0;», puis déplacez le rendez-vous.</translation>
    </message>
    <message numerus="yes">
        <source>{day} at {time}, {place} (%n place(s) left)</source>
        <translation>
            <numerusform>{day} à {time}, {place} (%n place libre)</numerusform>
            <numerusform>{day} à {time}, {place} (%n places libres)</numerusform>
        </translation>
    </message>
    <message>
        <source>Move the appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <source>{ref} moves to another slot: a new slip prints, the old one will be refused.</source>
        <translation>{ref} change de créneau&#xa0;: un nouveau ticket s&apos;imprime, l&apos;ancien sera refusé.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Move and print the new slip</source>
        <translation>Déplacer et imprimer le nouveau ticket</translation>
    </message>
    <message>
        <source>Moved: {day} at {time}</source>
        <translation>Déplacé&#xa0;: le {day} à {time}</translation>
    </message>
    <message>
        <source>The new slip is printing: the old one is no longer valid.</source>
        <translation>Le nouveau ticket s&apos;imprime&#xa0;: l&apos;ancien n&apos;est plus valable.</translation>
    </message>
    <message>
        <source>e.g. the first one is for the neighbour&apos;s decoder</source>
        <translation>ex.&#xa0;: le premier est pour le décodeur de la voisine</translation>
    </message>
    <message>
        <source>A second appointment</source>
        <translation>Un second rendez-vous</translation>
    </message>
    <message>
        <source>Book all the same</source>
        <translation>Réserver quand même</translation>
    </message>
    <message>
        <source>e.g. the tenant phoned</source>
        <translation>ex.&#xa0;: le locataire a téléphoné</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>The appointment of {ref} is cancelled; its slip will be refused if scanned.</source>
        <translation>Le rendez-vous de {ref} est annulé ; son ticket sera refusé s&apos;il est scanné.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Appointment cancelled.</source>
        <translation>Rendez-vous annulé.</translation>
    </message>
    <message>
        <source>Cancel the slot</source>
        <translation>Annuler le créneau</translation>
    </message>
    <message numerus="yes">
        <source>The slot of {time} is cancelled with its %n booking(s): call them.</source>
        <translation>
            <numerusform>Le créneau du {time} est annulé avec son rendez-vous&#xa0;: prévenez le foyer.</numerusform>
            <numerusform>Le créneau du {time} est annulé avec ses %n rendez-vous&#xa0;: prévenez les foyers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Slot cancelled.</source>
        <translation>Créneau annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) marked as not attended.</source>
        <translation>
            <numerusform>%n rendez-vous noté absent.</numerusform>
            <numerusform>%n rendez-vous notés absents.</numerusform>
        </translation>
    </message>
    <message>
        <source>The day&apos;s list</source>
        <translation>La liste du jour</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The day&apos;s list: {where}</source>
        <translation>La liste du jour&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Export the agenda</source>
        <translation>Exporter l&apos;agenda</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>Agenda (*.ics)</translation>
    </message>
    <message>
        <source>Agenda saved</source>
        <translation>Agenda enregistré</translation>
    </message>
</context>
<context>
    <name>AgentsModel</name>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Remplacés</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retours</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>PCs sold</source>
        <translation>PC vendus</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
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
    <name>BallotDialog</name>
    <message>
        <source>Vote at the counter</source>
        <translation>Vote au guichet</translation>
    </message>
    <message>
        <source>Nobody on the roster for this dwelling: the signature is recorded without a name.</source>
        <translation>Personne n&apos;est inscrit sur la liste pour ce logement : la signature est enregistrée sans nom.</translation>
    </message>
    <message>
        <source>1. The tenant signs the paper register too, if the centre keeps one.
2. Record the signature here.
3. Hand over a ballot and an envelope: the tenant votes alone and drops it in the urn.</source>
        <translation>1. Le locataire signe aussi le registre papier, si le centre en tient un.
2. Enregistrez la signature ici.
3. Remettez un bulletin et une enveloppe : le locataire vote seul et glisse l&apos;enveloppe dans l&apos;urne.</translation>
    </message>
    <message>
        <source>Record the signature</source>
        <translation>Enregistrer la signature</translation>
    </message>
    <message>
        <source>1. Choose who signs the register.
2. Turn the screen to the tenant: they vote alone, on the screen.
3. When they are done, the screen only says that the vote is recorded.</source>
        <translation>1. Choisissez qui signe le registre.
2. Tournez l&apos;écran vers le locataire : il vote seul, à l&apos;écran.
3. Ensuite, l&apos;écran dit seulement que le vote est enregistré.</translation>
    </message>
    <message>
        <source>Turn the screen to the tenant →</source>
        <translation>Tourner l&apos;écran vers le locataire →</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Vote of the dwelling {ref}</source>
        <translation>Vote du logement {ref}</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Question : {question}</translation>
    </message>
    <message>
        <source>Who signs the register?</source>
        <translation>Qui signe le registre ?</translation>
    </message>
    <message>
        <source>Your vote is secret. Nobody at the counter sees it.</source>
        <translation>Votre vote est secret. Personne à l&apos;accueil ne le voit.</translation>
    </message>
    <message>
        <source>FOR</source>
        <translation>POUR</translation>
    </message>
    <message>
        <source>AGAINST</source>
        <translation>CONTRE</translation>
    </message>
    <message>
        <source>BLANK</source>
        <translation>BLANC</translation>
    </message>
    <message>
        <source>Touch or click your choice. You can still change it on the next screen.</source>
        <translation>Touchez ou cliquez votre choix. Vous pourrez encore le changer à l&apos;écran suivant.</translation>
    </message>
    <message>
        <source>Confirm my vote</source>
        <translation>Je confirme mon vote</translation>
    </message>
    <message>
        <source>Change my choice</source>
        <translation>Changer mon choix</translation>
    </message>
    <message>
        <source>Back to the counter</source>
        <translation>Retour à l&apos;accueil</translation>
    </message>
    <message>
        <source>You chose: {choice}</source>
        <translation>Vous avez choisi : {choice}</translation>
    </message>
    <message>
        <source>Signature recorded. Hand the tenant a ballot and an envelope for the urn.</source>
        <translation>Signature enregistrée. Remettez au locataire un bulletin et une enveloppe pour l&apos;urne.</translation>
    </message>
    <message>
        <source>Thank you, your vote is recorded.

Please turn the screen back to the counter.</source>
        <translation>Merci, votre vote est enregistré.

Veuillez tourner l&apos;écran vers l&apos;accueil.</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Caretaker&apos;s batch — {sector}</source>
        <translation>Lot de gardien — {sector}</translation>
    </message>
    <message>
        <source>Mrs Le Gall</source>
        <translation>Mme Le Gall</translation>
    </message>
    <message>
        <source>scan the letter, or type its 12 digits</source>
        <translation>scannez la lettre, ou tapez ses 12 chiffres</translation>
    </message>
    <message>
        <source>reference, street, door…</source>
        <translation>référence, rue, porte…</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Nul</translation>
    </message>
    <message>
        <source>Caretaker</source>
        <translation>Gardien</translation>
    </message>
    <message>
        <source>Letter code</source>
        <translation>Code de la lettre</translation>
    </message>
    <message>
        <source>Find in the list</source>
        <translation>Chercher dans la liste</translation>
    </message>
    <message>
        <source>Tick the dwellings that signed the caretaker&apos;s list:</source>
        <translation>Cochez les logements qui ont signé la liste du gardien&#xa0;:</translation>
    </message>
    <message>
        <source>The ballots in the caretaker&apos;s envelope:</source>
        <translation>Les bulletins de l&apos;enveloppe du gardien&#xa0;:</translation>
    </message>
    <message>
        <source>Record the batch</source>
        <translation>Enregistrer le lot</translation>
    </message>
    <message>
        <source>{dwelling}: has already voted ({channel})</source>
        <translation>{dwelling}&#xa0;: a déjà voté ({channel})</translation>
    </message>
    <message numerus="yes">
        <source>{building} — %n ticked</source>
        <translation>
            <numerusform>{building} — %n coché</numerusform>
            <numerusform>{building} — %n cochés</numerusform>
        </translation>
    </message>
    <message>
        <source>The dwelling {ref} is not invited to this vote (another sector, or not on the roster when it opened).</source>
        <translation>Le logement {ref} n&apos;est pas invité à ce vote (autre secteur, ou absent de la liste du bailleur à l&apos;ouverture).</translation>
    </message>
    <message>
        <source>The dwelling {ref} has already voted ({channel}): do not tick it. Set one envelope of the batch aside, unopened, and note it on the caretaker&apos;s list.</source>
        <translation>Le logement {ref} a déjà voté ({channel}) : ne le cochez pas. Mettez de côté une enveloppe du lot, sans l&apos;ouvrir, et notez-le sur la liste du gardien.</translation>
    </message>
    <message>
        <source>{ref} was already ticked.</source>
        <translation>{ref} était déjà coché.</translation>
    </message>
    <message>
        <source>{ref} ticked.</source>
        <translation>{ref} coché.</translation>
    </message>
    <message>
        <source>Tick the dwellings, then type the ballots.</source>
        <translation>Cochez les logements, puis tapez les bulletins.</translation>
    </message>
    <message>
        <source>{signatures}, {ballots}: the batch balances.</source>
        <translation>{signatures}, {ballots}&#xa0;: le lot est équilibré.</translation>
    </message>
    <message>
        <source>{signatures}, {ballots}: the batch does not balance.</source>
        <translation>{signatures}, {ballots}&#xa0;: le lot n&apos;est pas équilibré.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n bulletin</numerusform>
            <numerusform>%n bulletins</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the caretaker&apos;s name.</source>
        <translation>Tapez le nom du gardien.</translation>
    </message>
</context>
<context>
    <name>BatchesModel</name>
    <message>
        <source>Entered</source>
        <translation>Saisi le</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Ballots</source>
        <translation>Bulletins</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Paper urn</source>
        <translation>Urne papier</translation>
    </message>
    <message numerus="yes">
        <source>{bearer}, %n dwelling(s)</source>
        <translation>
            <numerusform>{bearer}, %n logement</numerusform>
            <numerusform>{bearer}, %n logements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s), counted with the others at the count</source>
        <translation>
            <numerusform>%n bulletin, dépouillé avec les autres</numerusform>
            <numerusform>%n bulletins, dépouillés avec les autres</numerusform>
        </translation>
    </message>
    <message>
        <source>for {for_} · against {against} · blank {blank} · spoiled {spoiled}</source>
        <translation>pour {for_} · contre {against} · blanc {blank} · nul {spoiled}</translation>
    </message>
    <message>
        <source>cancelled on {date}: {reason}</source>
        <translation>annulé le {date}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
</context>
<context>
    <name>BookDialog</name>
    <message>
        <source>Book an appointment</source>
        <translation>Prendre un rendez-vous</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, {day} at {time}, {place}: %n place(s) left.</source>
        <translation>
            <numerusform>{kind}, le {day} à {time}, {place}&#xa0;: %n place libre.</numerusform>
            <numerusform>{kind}, le {day} à {time}, {place}&#xa0;: %n places libres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name, address or reference of the household</source>
        <translation>Nom, adresse ou référence du foyer</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Why a second appointment of this kind</source>
        <translation>Pourquoi un second rendez-vous de ce type</translation>
    </message>
    <message>
        <source>Book and print the slip</source>
        <translation>Réserver et imprimer le ticket</translation>
    </message>
    <message>
        <source>Find the household first: type its name.</source>
        <translation>Trouvez d&apos;abord le foyer&#xa0;: tapez son nom.</translation>
    </message>
</context>
<context>
    <name>BookingModel</name>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>BuildingBars</name>
    <message>
        <source>{took} of {eligible} ({percent})</source>
        <translation>{took} sur {eligible} ({percent})</translation>
    </message>
</context>
<context>
    <name>BuildingsModel</name>
    <message>
        <source>Building</source>
        <translation>Bâtiment</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Voted</source>
        <translation>Votants</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>CancelBatchDialog</name>
    <message>
        <source>Cancel a batch</source>
        <translation>Annuler un lot</translation>
    </message>
    <message>
        <source>Cancel the batch of {bearer} ({dwellings})? Its dwellings may then vote again.</source>
        <translation>Annuler le lot de {bearer} ({dwellings})&#xa0;? Ses logements pourront alors voter de nouveau.</translation>
    </message>
    <message>
        <source>Cancel the urn&apos;s count? It can then be entered again.</source>
        <translation>Annuler le décompte de l&apos;urne&#xa0;? Il pourra alors être saisi de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n dwelling(s)</source>
        <translation>
            <numerusform>%n logement</numerusform>
            <numerusform>%n logements</numerusform>
        </translation>
    </message>
    <message>
        <source>counts mistyped, wrong list…</source>
        <translation>erreur de saisie, mauvaise liste…</translation>
    </message>
    <message>
        <source>Reason (kept in the audit log)</source>
        <translation>Motif (gardé dans le journal)</translation>
    </message>
    <message>
        <source>Cancel the batch</source>
        <translation>Annuler le lot</translation>
    </message>
    <message>
        <source>Say why the batch is cancelled.</source>
        <translation>Indiquez pourquoi le lot est annulé.</translation>
    </message>
</context>
<context>
    <name>CityModel</name>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>Logements</translation>
    </message>
    <message>
        <source>Equipped</source>
        <translation>Équipés</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <source>Visa Internet</source>
        <translation>Visa Internet</translation>
    </message>
    <message>
        <source>Help sessions</source>
        <translation>Permanences d&apos;aide</translation>
    </message>
    <message>
        <source>The city</source>
        <translation>La ville</translation>
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
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source> until {date}</source>
        <translation> jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>Give the person&apos;s name.</source>
        <translation>Donnez le nom de la personne.</translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation>{name} ne peut plus se connecter.</translation>
    </message>
    <message>
        <source>Account created: {name} ({role}).</source>
        <translation>Compte créé : {name} ({role}).</translation>
    </message>
    <message>
        <source>New PIN or password saved for {name}.</source>
        <translation>Nouveau code enregistré pour {name}.</translation>
    </message>
    <message>
        <source>PIN or password: </source>
        <translation>Code PIN ou mot de passe : </translation>
    </message>
    <message>
        <source>Again: </source>
        <translation>Encore une fois : </translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Les deux saisies sont différentes.</translation>
    </message>
    <message>
        <source>Nothing given (option --secret-file).</source>
        <translation>Rien n&apos;a été saisi (option --secret-file).</translation>
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
    <message numerus="yes">
        <source>{table}: %n row(s), identical</source>
        <translation>
            <numerusform>{table}&#xa0;: %n ligne, identique</numerusform>
            <numerusform>{table}&#xa0;: %n lignes, identiques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Centre copied: {tables} tables, %n row(s), each checked.</source>
        <translation>
            <numerusform>Centre copié&#xa0;: {tables} tables, %n ligne, chacune vérifiée.</numerusform>
            <numerusform>Centre copié&#xa0;: {tables} tables, %n lignes, chacune vérifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the period, then the file to write: guichet stats export 2026 statistiques-2026.json</source>
        <translation>Donnez la période, puis le fichier à écrire&#xa0;: guichet stats export 2026 statistiques-2026.json</translation>
    </message>
    <message>
        <source>Statistics from {start} to {end} written: {file} (counts only, signed).</source>
        <translation>Statistiques du {start} au {end} écrites&#xa0;: {file} (des nombres seulement, signés).</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused, nothing was imported:</source>
        <translation>
            <numerusform>%n fichier refusé, rien n&apos;a été importé&#xa0;:</numerusform>
            <numerusform>%n fichiers refusés, rien n&apos;a été importé&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Once checked with the centre: add --new-key to take its new key.</source>
        <translation>Après vérification avec le centre&#xa0;: ajoutez --new-key pour accepter sa nouvelle clé.</translation>
    </message>
    <message>
        <source>The city, from {start} to {end}:</source>
        <translation>La ville, du {start} au {end}&#xa0;:</translation>
    </message>
    <message>
        <source>City report written: {file}</source>
        <translation>Bilan de la ville écrit&#xa0;: {file}</translation>
    </message>
</context>
<context>
    <name>ComputerModel</name>
    <message>
        <source>Serial</source>
        <translation>N° de série</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Sold to</source>
        <translation>Vendu à</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Sold on {date}</source>
        <translation>vendu le {date}</translation>
    </message>
</context>
<context>
    <name>ComputersPage</name>
    <message>
        <source>Scan the computer&apos;s serial: it is added at once</source>
        <translation>Scannez le numéro de série de l&apos;ordinateur : il est ajouté aussitôt</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Prix :</translation>
    </message>
    <message>
        <source>To sell one: open the household in Handout, then « Sell a computer… ».</source>
        <translation>Pour en vendre un : ouvrez le foyer dans Décodeurs, puis «&#xa0;Vendre un ordinateur…&#xa0;».</translation>
    </message>
    <message>
        <source>Cancel the sale…</source>
        <translation>Annuler la vente…</translation>
    </message>
    <message>
        <source>A sale recorded by mistake: its receipt stays, marked cancelled, and the computer is for sale again</source>
        <translation>Une vente enregistrée par erreur : son reçu reste, marqué annulé, et l&apos;ordinateur est de nouveau en vente</translation>
    </message>
    <message>
        <source>{model} at {price}</source>
        <translation>{model} à {price}</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s) for sale</source>
        <translation>
            <numerusform>%n ordinateur en vente</numerusform>
            <numerusform>%n ordinateurs en vente</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. recorded for the wrong household</source>
        <translation>ex. : enregistrée pour le mauvais foyer</translation>
    </message>
    <message>
        <source>Cancel the sale</source>
        <translation>Annuler la vente</translation>
    </message>
    <message>
        <source>The sale of {serial} to {ref} (receipt {receipt}) was a mistake: the receipt stays, marked cancelled, and the computer is for sale again.</source>
        <translation>La vente de {serial} à {ref} (reçu {receipt}) était une erreur : le reçu reste, marqué annulé, et l&apos;ordinateur est de nouveau en vente.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Sale cancelled: receipt {receipt}</source>
        <translation>Vente annulée : reçu {receipt}</translation>
    </message>
    <message>
        <source>{serial} is for sale again.</source>
        <translation>{serial} est de nouveau en vente.</translation>
    </message>
    <message>
        <source>Refused: nothing was changed</source>
        <translation>Refusé : rien n&apos;a été modifié</translation>
    </message>
</context>
<context>
    <name>CountDialog</name>
    <message>
        <source>Count the vote of {sector}</source>
        <translation>Dépouiller le vote de {sector}</translation>
    </message>
    <message>
        <source>The member of the commission types their passphrase.</source>
        <translation>Le membre de la commission tape sa phrase de passe.</translation>
    </message>
    <message>
        <source>Both members of the commission type their passphrase.</source>
        <translation>Les deux membres de la commission tapent leur phrase de passe.</translation>
    </message>
    <message>
        <source>Two members of the commission, any two, type their passphrase.</source>
        <translation>Deux membres de la commission, n&apos;importe lesquels, tapent leur phrase de passe.</translation>
    </message>
    <message>
        <source>Counting opens the ballots and keeps only the totals: the sealed ballots are then erased for good.</source>
        <translation>Le dépouillement ouvre les bulletins et n&apos;en garde que les totaux&#xa0;: les bulletins scellés sont ensuite effacés pour de bon.</translation>
    </message>
    <message>
        <source>passphrase of {name}</source>
        <translation>phrase de passe de {name}</translation>
    </message>
    <message>
        <source>✗ incorrect passphrase</source>
        <translation>✗ phrase incorrecte</translation>
    </message>
    <message>
        <source>Count the vote</source>
        <translation>Dépouiller</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <source>✓ correct</source>
        <translation>✓ correcte</translation>
    </message>
    <message>
        <source>The passphrase of {name} is incorrect: nothing was opened. Type it again.</source>
        <translation>La phrase de passe de {name} est incorrecte&#xa0;: rien n&apos;a été ouvert. Tapez-la de nouveau.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Dépouillement…</translation>
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
        <source>Search (F2): name, address, door or reference</source>
        <translation>Rechercher (F2) : nom, adresse, porte ou référence</translation>
    </message>
    <message>
        <source>Scan ignored: close the open window first, then scan again.</source>
        <translation>Lecture ignorée : fermez d&apos;abord la fenêtre ouverte, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>No household found for « {text} ».</source>
        <translation>Aucun foyer trouvé pour «&#xa0;{text}&#xa0;».</translation>
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
        <source>Household corrected.</source>
        <translation>Foyer corrigé.</translation>
    </message>
    <message>
        <source>Walk-in with no record recorded at {time} ({reason}).</source>
        <translation>Visiteur sans dossier enregistré à {time} ({reason}).</translation>
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
        <source>Needs recorded.</source>
        <translation>Besoins enregistrés.</translation>
    </message>
    <message>
        <source>A mistake? « Cancel the arrival », right.</source>
        <translation>Une erreur ? «&#xa0;Annuler l&apos;arrivée&#xa0;», à droite.</translation>
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
        <source>Appointment of {time}: arrival recorded.</source>
        <translation>Rendez-vous de {time}&#xa0;: arrivée enregistrée.</translation>
    </message>
    <message>
        <source>Workshop « {title} » of {time}: {name} is present, arrival recorded.</source>
        <translation>Atelier «&#xa0;{title}&#xa0;» de {time}&#xa0;: {name} est présent·e, arrivée enregistrée.</translation>
    </message>
    <message>
        <source>A vote is recorded by the reception staff or the coordinator: call them.</source>
        <translation>Un vote est enregistré par l&apos;équipe d&apos;accueil ou la coordination : appelez-les.</translation>
    </message>
    <message>
        <source>Recorded: the dwelling {ref} has voted.</source>
        <translation>Enregistré : le logement {ref} a voté.</translation>
    </message>
    <message>
        <source>Decoder {serial}</source>
        <translation>Décodeur {serial}</translation>
    </message>
    <message>
        <source>Computer {serial}</source>
        <translation>Ordinateur {serial}</translation>
    </message>
    <message>
        <source>{what}: not handed out ({state}).</source>
        <translation>{what} : pas remis ({state}).</translation>
    </message>
    <message>
        <source>{what}: with {ref} since {date}.</source>
        <translation>{what} : chez {ref} depuis le {date}.</translation>
    </message>
    <message>
        <source>Unknown code: « {code} ». Nothing was opened.</source>
        <translation>Code inconnu : «&#xa0;{code}&#xa0;». Rien n&apos;a été ouvert.</translation>
    </message>
</context>
<context>
    <name>DailyClosingPage</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Handouts and sales, by agent</source>
        <translation>Remises et ventes, par agent</translation>
    </message>
    <message>
        <source>Computers sold</source>
        <translation>Ordinateurs vendus</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Compté</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheques (amount)</source>
        <translation>Chèques (montant)</translation>
    </message>
    <message>
        <source>Number of cheques</source>
        <translation>Nombre de chèques</translation>
    </message>
    <message>
        <source>e.g. a 5 € note given back by mistake</source>
        <translation>ex. : un billet de 5 € rendu en trop</translation>
    </message>
    <message>
        <source>Record the closing and print</source>
        <translation>Enregistrer la clôture et imprimer</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Cash box</source>
        <translation>Caisse</translation>
    </message>
    <message>
        <source>Closing of {day}</source>
        <translation>Clôture du {day}</translation>
    </message>
    <message>
        <source>{model}: {count}</source>
        <translation>{model} : {count}</translation>
    </message>
    <message>
        <source>no model</source>
        <translation>sans modèle</translation>
    </message>
    <message numerus="yes">
        <source>%n decoder(s) left in the stock</source>
        <translation>
            <numerusform>%n décodeur reste en stock</numerusform>
            <numerusform>%n décodeurs restent en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>No closing recorded for this day yet.</source>
        <translation>Aucune clôture enregistrée pour ce jour.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>cash {amount}</source>
        <translation>espèces {amount}</translation>
    </message>
    <message>
        <source>cheques {amount}</source>
        <translation>chèques {amount}</translation>
    </message>
    <message>
        <source>number of cheques {count}</source>
        <translation>nombre de chèques {count}</translation>
    </message>
    <message>
        <source>the count matched</source>
        <translation>caisse juste</translation>
    </message>
    <message>
        <source>{time} by {name} ({how})</source>
        <translation>{time} par {name} ({how})</translation>
    </message>
    <message>
        <source>Already recorded for this day: {list}. Recording again adds a new count; the latest one is the day&apos;s closing.</source>
        <translation>Déjà enregistré pour ce jour : {list}. Enregistrer à nouveau ajoute un comptage ; le dernier fait foi.</translation>
    </message>
    <message>
        <source>Not an amount</source>
        <translation>Pas un montant</translation>
    </message>
    <message>
        <source>Not a number</source>
        <translation>Pas un nombre</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ juste</translation>
    </message>
    <message numerus="yes">
        <source>%n cheque(s) missing</source>
        <translation>
            <numerusform>%n chèque manquant</numerusform>
            <numerusform>%n chèques manquants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cheque(s) too many</source>
        <translation>
            <numerusform>%n chèque en trop</numerusform>
            <numerusform>%n chèques en trop</numerusform>
        </translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation>{amount} manquants</translation>
    </message>
    <message>
        <source>{amount} over</source>
        <translation>{amount} en trop</translation>
    </message>
    <message>
        <source>Note required: why is there a difference?</source>
        <translation>Observation obligatoire : pourquoi cet écart ?</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Observation (facultative)</translation>
    </message>
    <message>
        <source>Type the cash counted (0 if the box is empty).</source>
        <translation>Tapez les espèces comptées (0 si la caisse est vide).</translation>
    </message>
    <message>
        <source>Type the total of the cheques counted (0 if there are none).</source>
        <translation>Tapez le total des chèques comptés (0 s&apos;il n&apos;y en a pas).</translation>
    </message>
    <message>
        <source>Type how many cheques were counted (0 if there are none).</source>
        <translation>Tapez le nombre de chèques comptés (0 s&apos;il n&apos;y en a pas).</translation>
    </message>
    <message>
        <source>« {text} » is not an amount: type it as 35 or 35,50.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un montant : tapez-le comme 35 ou 35,50.</translation>
    </message>
    <message>
        <source>The count differs from what the sales say: write in the note why, then record.</source>
        <translation>Le compte diffère de ce que disent les ventes : écrivez pourquoi dans l&apos;observation, puis enregistrez.</translation>
    </message>
    <message>
        <source>The note is too long (at most {count} characters).</source>
        <translation>L&apos;observation est trop longue ({count} caractères au plus).</translation>
    </message>
    <message>
        <source>Closing recorded. The sheet is printing…</source>
        <translation>Clôture enregistrée. La feuille s&apos;imprime…</translation>
    </message>
    <message>
        <source>Closing recorded and printed: sign the sheet and keep it with the cash box.</source>
        <translation>Clôture enregistrée et imprimée : signez la feuille et rangez-la avec la caisse.</translation>
    </message>
    <message>
        <source>Closing recorded all the same.</source>
        <translation>Clôture enregistrée malgré tout.</translation>
    </message>
    <message>
        <source>Export the closing</source>
        <translation>Exporter la clôture</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <source>Figures saved in {file}: it opens in a spreadsheet.</source>
        <translation>Chiffres enregistrés dans {file} : le fichier s&apos;ouvre dans un tableur.</translation>
    </message>
</context>
<context>
    <name>DecodersPage</name>
    <message>
        <source>e.g. Décodeur TV HD</source>
        <translation>ex. : Décodeur TV HD</translation>
    </message>
    <message>
        <source>Scan a decoder&apos;s barcode: it is added at once</source>
        <translation>Scannez le code-barres d&apos;un décodeur : il est ajouté aussitôt</translation>
    </message>
    <message>
        <source>Import a delivery list…</source>
        <translation>Importer un bon de livraison…</translation>
    </message>
    <message>
        <source>List for the operator (CSV)…</source>
        <translation>Liste pour l&apos;opérateur (CSV)…</translation>
    </message>
    <message>
        <source>The operator&apos;s list of the decoders delivered (CSV: serial, model)</source>
        <translation>La liste des décodeurs livrés par l&apos;opérateur (CSV : numéro de série, modèle)</translation>
    </message>
    <message>
        <source>Every decoder handed out, for its activation</source>
        <translation>Tous les décodeurs remis, pour leur activation</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message numerus="yes">
        <source>%n decoder(s) ready to hand out</source>
        <translation>
            <numerusform>%n décodeur prêt à remettre</numerusform>
            <numerusform>%n décodeurs prêts à remettre</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the operator&apos;s delivery list</source>
        <translation>Choisir le bon de livraison de l&apos;opérateur</translation>
    </message>
    <message>
        <source>Spreadsheet exports (*.csv *.txt)</source>
        <translation>Exports de tableur (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message numerus="yes">
        <source>%n decoder(s) added to the stock from {file}.</source>
        <translation>
            <numerusform>%n décodeur ajouté au stock depuis {file}.</numerusform>
            <numerusform>%n décodeurs ajoutés au stock depuis {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The decoders handed out, for the operator</source>
        <translation>Les décodeurs remis, pour l&apos;opérateur</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <source>Saved in {file}: give it to the operator to activate the decoders.</source>
        <translation>Enregistré dans {file} : à transmettre à l&apos;opérateur pour activer les décodeurs.</translation>
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
        <source>Handout</source>
        <translation>Décodeurs</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
</context>
<context>
    <name>HandoutDesk</name>
    <message>
        <source>Scan the letter or type a name (F2)</source>
        <translation>Scannez la lettre ou tapez un nom (F2)</translation>
    </message>
    <message>
        <source>1. Scan the tenant&apos;s letter (or type a name, then Enter)
2. Who collects it: the first member is chosen already
3. Scan the decoder&apos;s barcode
4. Enter: handed out, the receipt prints</source>
        <translation>1. Scannez la lettre du locataire (ou tapez un nom, puis Entrée)
2. Qui le retire : le premier membre est déjà choisi
3. Scannez le code-barres du décodeur
4. Entrée : c&apos;est remis, le reçu s&apos;imprime</translation>
    </message>
    <message>
        <source>Scan the tenant&apos;s letter to start.</source>
        <translation>Scannez la lettre du locataire pour commencer.</translation>
    </message>
    <message>
        <source>Or type a name, an address or a reference, then Enter.</source>
        <translation>Ou tapez un nom, une adresse ou une référence, puis Entrée.</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Decoder</source>
        <translation>Décodeur</translation>
    </message>
    <message>
        <source>Faulty decoder…</source>
        <translation>Décodeur en panne…</translation>
    </message>
    <message>
        <source>Who collects it?</source>
        <translation>Qui le retire ?</translation>
    </message>
    <message>
        <source>Another person:</source>
        <translation>Une autre personne :</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Son nom</translation>
    </message>
    <message>
        <source>Hand out and print the receipt</source>
        <translation>Remettre et imprimer le reçu</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Decoder brought back…</source>
        <translation>Retour du décodeur…</translation>
    </message>
    <message>
        <source>Cancel the handout…</source>
        <translation>Annuler la remise…</translation>
    </message>
    <message>
        <source>Sell a computer…</source>
        <translation>Vendre un ordinateur…</translation>
    </message>
    <message>
        <source>Next person (Esc)</source>
        <translation>Personne suivante (Échap)</translation>
    </message>
    <message>
        <source>Scan the decoder&apos;s barcode</source>
        <translation>Scannez le code-barres du décodeur</translation>
    </message>
    <message numerus="yes">
        <source>%n decoder(s) handed out today by you</source>
        <translation>
            <numerusform>%n décodeur remis aujourd&apos;hui par vous</numerusform>
            <numerusform>%n décodeurs remis aujourd&apos;hui par vous</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: nothing was recorded</source>
        <translation>Refusé : rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>No household found for « {text} ».</source>
        <translation>Aucun foyer trouvé pour «&#xa0;{text}&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%n household(s) found: Enter opens the first.</source>
        <translation>
            <numerusform>%n foyer trouvé : Entrée l&apos;ouvre.</numerusform>
            <numerusform>%n foyers trouvés : Entrée ouvre le premier.</numerusform>
        </translation>
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
        <source>Nobody on the roster</source>
        <translation>Personne sur la liste du bailleur</translation>
    </message>
    <message>
        <source>Adopted by the sector: decoders are handed out.</source>
        <translation>Adoptée par le secteur : les décodeurs sont remis.</translation>
    </message>
    <message>
        <source>Not adopted ({state}): no decoder is handed out here.</source>
        <translation>Non adoptée ({state}) : aucun décodeur n&apos;est remis ici.</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Has one already: {serial}, since {date}.</source>
        <translation>En a déjà un : {serial}, depuis le {date}.</translation>
    </message>
    <message>
        <source>{ref}: the sector has not adopted the offer</source>
        <translation>{ref} : le secteur n&apos;a pas adopté l&apos;offre</translation>
    </message>
    <message>
        <source>No decoder is handed out in {sector}.</source>
        <translation>Aucun décodeur n&apos;est remis à {sector}.</translation>
    </message>
    <message>
        <source>{ref} already has a decoder</source>
        <translation>{ref} a déjà un décodeur</translation>
    </message>
    <message>
        <source>One per dwelling. A faulty one is swapped: « Faulty decoder… ».</source>
        <translation>Un par logement. Un décodeur en panne s&apos;échange : «&#xa0;Décodeur en panne…&#xa0;».</translation>
    </message>
    <message>
        <source>{ref}: who collects it? Then scan the decoder.</source>
        <translation>{ref} : qui le retire ? Puis scannez le décodeur.</translation>
    </message>
    <message>
        <source>Then Enter: the receipt is printed.</source>
        <translation>Puis Entrée : le reçu s&apos;imprime.</translation>
    </message>
    <message>
        <source>Decoder {serial}: in the stock. Scan the tenant&apos;s letter first.</source>
        <translation>Décodeur {serial} : en stock. Scannez d&apos;abord la lettre du locataire.</translation>
    </message>
    <message>
        <source>Unknown code: « {code} ». Nothing was opened.</source>
        <translation>Code inconnu : «&#xa0;{code}&#xa0;». Rien n&apos;a été ouvert.</translation>
    </message>
    <message>
        <source>Nothing opened</source>
        <translation>Rien n&apos;a été ouvert</translation>
    </message>
    <message>
        <source>{serial} is not a computer for sale.</source>
        <translation>{serial} n&apos;est pas un ordinateur en vente.</translation>
    </message>
    <message>
        <source>Scan ignored</source>
        <translation>Scan ignoré</translation>
    </message>
    <message>
        <source>Close the open window first, then scan again.</source>
        <translation>Fermez d&apos;abord la fenêtre ouverte, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>Scan the decoder first</source>
        <translation>Scannez d&apos;abord le décodeur</translation>
    </message>
    <message>
        <source>Its barcode fills the serial field; then Enter.</source>
        <translation>Son code-barres remplit le numéro de série ; puis Entrée.</translation>
    </message>
    <message>
        <source>Choose a member of the household, or type the other person&apos;s name.</source>
        <translation>Choisissez un membre du foyer, ou tapez le nom de l&apos;autre personne.</translation>
    </message>
    <message>
        <source>Handed out to {ref}: {serial} — receipt {receipt}</source>
        <translation>Remis à {ref}&#xa0;: {serial} — reçu {receipt}</translation>
    </message>
    <message>
        <source>Next person: scan their letter.</source>
        <translation>Personne suivante : scannez sa lettre.</translation>
    </message>
    <message>
        <source>The receipt is printing. Next person: scan their letter.</source>
        <translation>Le reçu s&apos;imprime. Personne suivante : scannez sa lettre.</translation>
    </message>
    <message>
        <source>Receipt printed. Next person: scan their letter.</source>
        <translation>Reçu imprimé. Personne suivante : scannez sa lettre.</translation>
    </message>
    <message>
        <source>Recorded all the same.</source>
        <translation>C&apos;est bien enregistré.</translation>
    </message>
    <message>
        <source>Scan the new decoder</source>
        <translation>Scannez le nouveau décodeur</translation>
    </message>
    <message>
        <source>e.g. does not start, no picture</source>
        <translation>par ex. ne s&apos;allume pas, pas d&apos;image</translation>
    </message>
    <message>
        <source>Replace a faulty decoder</source>
        <translation>Remplacer un décodeur en panne</translation>
    </message>
    <message>
        <source>The decoder {serial} of {ref} is taken back as faulty; the new one goes out with a receipt naming {who}.</source>
        <translation>Le décodeur {serial} du logement {ref} est repris comme en panne ; le nouveau est remis avec un reçu au nom de {who}.</translation>
    </message>
    <message>
        <source>the person collecting it</source>
        <translation>la personne qui le retire</translation>
    </message>
    <message>
        <source>New decoder</source>
        <translation>Nouveau décodeur</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>La panne</translation>
    </message>
    <message>
        <source>Replace and print</source>
        <translation>Remplacer et imprimer</translation>
    </message>
    <message>
        <source>Replaced: {serial} — receipt {receipt}</source>
        <translation>Remplacé : {serial} — reçu {receipt}</translation>
    </message>
    <message>
        <source>Decoder brought back</source>
        <translation>Retour du décodeur</translation>
    </message>
    <message>
        <source>The decoder {serial} of {ref} goes back into the stock, with a return receipt.</source>
        <translation>Le décodeur {serial} du logement {ref} revient dans le stock, avec un reçu de retour.</translation>
    </message>
    <message>
        <source>Brought back by</source>
        <translation>Rapporté par</translation>
    </message>
    <message>
        <source>Take it back and print</source>
        <translation>Reprendre et imprimer</translation>
    </message>
    <message>
        <source>Brought back: {serial} — receipt {receipt}</source>
        <translation>Rapporté : {serial} — reçu {receipt}</translation>
    </message>
    <message>
        <source>e.g. recorded for the wrong dwelling</source>
        <translation>par ex. enregistré pour le mauvais logement</translation>
    </message>
    <message>
        <source>Cancel the handout</source>
        <translation>Annuler la remise</translation>
    </message>
    <message>
        <source>The handout of {serial} to {ref} was a mistake: its receipt stays, marked cancelled, and the decoder goes back into the stock.</source>
        <translation>La remise de {serial} au logement {ref} était une erreur : son reçu reste, marqué annulé, et le décodeur revient dans le stock.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Handout cancelled: receipt {receipt}</source>
        <translation>Remise annulée : reçu {receipt}</translation>
    </message>
    <message>
        <source>No computer for sale</source>
        <translation>Aucun ordinateur en vente</translation>
    </message>
    <message>
        <source>Add the refurbished computers in Stock › Computers first.</source>
        <translation>Ajoutez d&apos;abord les ordinateurs reconditionnés dans Stock › Ordinateurs.</translation>
    </message>
    <message>
        <source>Sell a refurbished computer</source>
        <translation>Vendre un ordinateur reconditionné</translation>
    </message>
    <message>
        <source>To {ref}, at the price of its tier; the sale receipt prints (scan the computer&apos;s label to choose it).</source>
        <translation>À {ref}, au prix de sa gamme ; le reçu de vente s&apos;imprime (scannez l&apos;étiquette de l&apos;ordinateur pour le choisir).</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Payé par</translation>
    </message>
    <message>
        <source>Bought by</source>
        <translation>Acheté par</translation>
    </message>
    <message>
        <source>Sell and print the receipt</source>
        <translation>Vendre et imprimer le reçu</translation>
    </message>
    <message>
        <source>Sold: {serial} — receipt {receipt}</source>
        <translation>Vendu : {serial} — reçu {receipt}</translation>
    </message>
</context>
<context>
    <name>HandoutLettersPage</name>
    <message>
        <source>Handout-day letters</source>
        <translation>Courriers de remise des décodeurs</translation>
    </message>
    <message>
        <source>One letter per dwelling that has no decoder yet: the day, the hours, the place and what to bring, with the dwelling&apos;s code. At the Decoders desk, scanning the letter opens the dwelling.</source>
        <translation>Un courrier par logement qui n&apos;a pas encore de décodeur&#xa0;: le jour, les horaires, le lieu et ce qu&apos;il faut apporter, avec le code du logement. Dans l&apos;onglet Décodeurs, scanner le courrier ouvre le logement.</translation>
    </message>
    <message>
        <source>No sector has adopted the offer yet, so there are no letters to make. A sector adopts it when its vote is counted (Vote desk), or the coordinator sets it in Settings › Sectors. Its letters are made here afterwards.</source>
        <translation>Aucun secteur n&apos;a encore adopté l&apos;offre&#xa0;: il n&apos;y a pas de courrier à préparer. Un secteur l&apos;adopte quand son vote est dépouillé (onglet Vote), ou la coordination l&apos;indique dans Réglages › Secteurs. Ses courriers se préparent ensuite ici.</translation>
    </message>
    <message>
        <source>A second day:</source>
        <translation>Un second jour&#xa0;:</translation>
    </message>
    <message>
        <source>9 am to 12 noon and 2 pm to 5 pm</source>
        <translation>de 9 h à 12 h et de 14 h à 17 h</translation>
    </message>
    <message>
        <source>Make the letters…</source>
        <translation>Préparer les courriers…</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Handout day</source>
        <translation>Jour de remise</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>What to bring</source>
        <translation>À apporter</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n dwelling(s) without a decoder</source>
        <translation>
            <numerusform>{name} — %n logement sans décodeur</numerusform>
            <numerusform>{name} — %n logements sans décodeur</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} — every dwelling has its decoder</source>
        <translation>{name} — tous les logements ont leur décodeur</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>Préparation des courriers…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Preparing the letters: {done} of {total}…</source>
        <translation>Préparation des courriers&#xa0;: {done} sur {total}…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>Stopped: no letter was made and no file was written.</source>
        <translation>Arrêté&#xa0;: aucun courrier n&apos;a été préparé, aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) ready.</source>
        <translation>
            <numerusform>%n courrier prêt.</numerusform>
            <numerusform>%n courriers prêts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) ready: one A4 page per dwelling without a decoder.</source>
        <translation>
            <numerusform>%n courrier prêt&#xa0;: une page A4 par logement sans décodeur.</numerusform>
            <numerusform>%n courriers prêts&#xa0;: une page A4 par logement sans décodeur.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation>PDF enregistré&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Sending to {printer}…</source>
        <translation>Envoi à {printer}…</translation>
    </message>
    <message numerus="yes">
        <source>Sent to {printer}: %n page(s).</source>
        <translation>
            <numerusform>Envoyé à {printer}&#xa0;: %n page.</numerusform>
            <numerusform>Envoyé à {printer}&#xa0;: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n page(s) of {total} went to the printer.</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %n page sur {total} est partie à l&apos;imprimante.</numerusform>
            <numerusform>Arrêté&#xa0;: %n pages sur {total} sont parties à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to {printer}: {done} of {total} pages…</source>
        <translation>Envoi à {printer}&#xa0;: {done} pages sur {total}…</translation>
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
    <name>HoldersModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Délivrée le</translation>
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
        <source>To the handout (F7)</source>
        <translation>Vers la remise (F7)</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultatif)</translation>
    </message>
    <message>
        <source>← Results</source>
        <translation>← Résultats</translation>
    </message>
    <message>
        <source>Back to the search results (Esc)</source>
        <translation>Retour aux résultats de la recherche (Échap)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Vote now… (F6)</source>
        <translation>Faire voter… (F6)</translation>
    </message>
    <message>
        <source>Sell a computer…</source>
        <translation>Vendre un ordinateur…</translation>
    </message>
    <message>
        <source>Book an appointment…</source>
        <translation>Prendre rendez-vous…</translation>
    </message>
    <message>
        <source>Sign up for a workshop…</source>
        <translation>Inscrire à un atelier…</translation>
    </message>
    <message>
        <source>Record the arrival
(Ctrl+Enter)</source>
        <translation>Enregistrer l&apos;arrivée
(Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Why today?</source>
        <translation>Motif de la venue :</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Corriger…</translation>
    </message>
    <message>
        <source>A phone number, someone who arrived or left, a note</source>
        <translation>Un téléphone, une personne arrivée ou partie, une note</translation>
    </message>
    <message>
        <source>Needs…</source>
        <translation>Besoins…</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Visa Internet…</source>
        <translation>Visa Internet…</translation>
    </message>
    <message>
        <source>— brought back</source>
        <translation>— rapporté</translation>
    </message>
    <message>
        <source>— replaced (faulty)</source>
        <translation>— remplacé (en panne)</translation>
    </message>
    <message>
        <source>— cancelled (a mistake)</source>
        <translation>— annulé (erreur)</translation>
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
        <source>Not invited to the vote in progress (not on the roster when it opened).</source>
        <translation>Pas invité au vote en cours (absent de la liste à son ouverture).</translation>
    </message>
    <message>
        <source>Voted ({channel}, on {date} at {time}).</source>
        <translation>A voté ({channel}, le {date} à {time}).</translation>
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
        <source>(waiting list)</source>
        <translation>(liste d&apos;attente)</translation>
    </message>
    <message>
        <source>No workshop to come.</source>
        <translation>Aucun atelier à venir.</translation>
    </message>
    <message>
        <source>No visit recorded.</source>
        <translation>Aucun passage enregistré.</translation>
    </message>
</context>
<context>
    <name>HouseholdDialog</name>
    <message>
        <source>Correct the household {ref}</source>
        <translation>Corriger le foyer {ref}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Has left the household</source>
        <translation>A quitté le foyer</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Telephone (optional)</source>
        <translation>Téléphone (facultatif)</translation>
    </message>
    <message>
        <source>For the next person at the counter (no health or private matters)</source>
        <translation>Pour la prochaine personne à l&apos;accueil (rien sur la santé ni la vie privée)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Someone new in the household:</source>
        <translation>Une nouvelle personne au foyer :</translation>
    </message>
    <message>
        <source>Note on the household:</source>
        <translation>Note sur le foyer :</translation>
    </message>
    <message>
        <source>The landlord&apos;s roster stays the reference for the address; these corrections are kept when a new roster is imported, and its report lists them.</source>
        <translation>La liste du bailleur reste la référence pour l&apos;adresse ; ces corrections sont gardées à l&apos;import d&apos;une nouvelle liste, et son compte rendu les cite.</translation>
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
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Appointment slips</source>
        <translation>Convocations</translation>
    </message>
    <message>
        <source>Vote minutes</source>
        <translation>Procès-verbaux de vote</translation>
    </message>
    <message>
        <source>Daily closings</source>
        <translation>Clôtures de caisse</translation>
    </message>
    <message>
        <source>Visa Internet certificates</source>
        <translation>Attestations Visa Internet</translation>
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
        <source>account changed</source>
        <translation>compte modifié</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <source>account enabled again</source>
        <translation>compte réactivé</translation>
    </message>
    <message>
        <source>PIN or password reset</source>
        <translation>code réinitialisé</translation>
    </message>
    <message>
        <source>own PIN changed</source>
        <translation>code personnel changé</translation>
    </message>
    <message>
        <source>settings changed</source>
        <translation>réglages modifiés</translation>
    </message>
    <message>
        <source>sector changed</source>
        <translation>secteur modifié</translation>
    </message>
    <message>
        <source>household corrected</source>
        <translation>foyer corrigé</translation>
    </message>
    <message>
        <source>vote prepared</source>
        <translation>vote préparé</translation>
    </message>
    <message>
        <source>vote changed</source>
        <translation>vote modifié</translation>
    </message>
    <message>
        <source>vote opened</source>
        <translation>vote ouvert</translation>
    </message>
    <message>
        <source>vote closed</source>
        <translation>vote clos</translation>
    </message>
    <message>
        <source>vote counted</source>
        <translation>vote dépouillé</translation>
    </message>
    <message>
        <source>voted at the counter</source>
        <translation>vote au guichet</translation>
    </message>
    <message>
        <source>ballots entered</source>
        <translation>bulletins saisis</translation>
    </message>
    <message>
        <source>ballots cancelled</source>
        <translation>bulletins annulés</translation>
    </message>
    <message>
        <source>new letter code</source>
        <translation>nouveau code de lettre</translation>
    </message>
    <message>
        <source>minutes made</source>
        <translation>procès-verbal établi</translation>
    </message>
    <message>
        <source>ballot box erased</source>
        <translation>urne électronique effacée</translation>
    </message>
    <message>
        <source>into the stock</source>
        <translation>entrée en stock</translation>
    </message>
    <message>
        <source>decoder handed out</source>
        <translation>décodeur remis</translation>
    </message>
    <message>
        <source>decoder replaced</source>
        <translation>décodeur remplacé</translation>
    </message>
    <message>
        <source>decoder brought back</source>
        <translation>décodeur rapporté</translation>
    </message>
    <message>
        <source>handout cancelled</source>
        <translation>remise annulée</translation>
    </message>
    <message>
        <source>computer sold</source>
        <translation>ordinateur vendu</translation>
    </message>
    <message>
        <source>sale cancelled</source>
        <translation>vente annulée</translation>
    </message>
    <message>
        <source>delivery list imported</source>
        <translation>bon de livraison importé</translation>
    </message>
    <message>
        <source>day closed (cash counted)</source>
        <translation>journée clôturée (caisse comptée)</translation>
    </message>
    <message>
        <source>handout letters made</source>
        <translation>courriers de remise préparés</translation>
    </message>
    <message>
        <source>survey topic added</source>
        <translation>thème du questionnaire ajouté</translation>
    </message>
    <message>
        <source>survey topic renamed</source>
        <translation>thème du questionnaire renommé</translation>
    </message>
    <message>
        <source>survey topic retired</source>
        <translation>thème du questionnaire retiré</translation>
    </message>
    <message>
        <source>survey topic restored</source>
        <translation>thème du questionnaire remis</translation>
    </message>
    <message>
        <source>needs recorded</source>
        <translation>besoins enregistrés</translation>
    </message>
    <message>
        <source>Visa skill added</source>
        <translation>compétence Visa ajoutée</translation>
    </message>
    <message>
        <source>Visa skill renamed</source>
        <translation>compétence Visa renommée</translation>
    </message>
    <message>
        <source>Visa skill moved</source>
        <translation>compétence Visa déplacée</translation>
    </message>
    <message>
        <source>Visa skill retired</source>
        <translation>compétence Visa retirée</translation>
    </message>
    <message>
        <source>Visa skill restored</source>
        <translation>compétence Visa remise</translation>
    </message>
    <message>
        <source>Visa skill validated</source>
        <translation>compétence Visa validée</translation>
    </message>
    <message>
        <source>Visa validation withdrawn</source>
        <translation>validation Visa retirée</translation>
    </message>
    <message>
        <source>Visa certificate issued</source>
        <translation>attestation Visa délivrée</translation>
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
        <source>Vote register</source>
        <translation>Registre du vote</translation>
    </message>
    <message>
        <source>Ballot batch</source>
        <translation>Lot de bulletins</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Vente</translation>
    </message>
    <message>
        <source>Daily closing</source>
        <translation>Clôture de caisse</translation>
    </message>
    <message>
        <source>Survey topic</source>
        <translation>Thème du questionnaire</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Visa skill</source>
        <translation>Compétence Visa</translation>
    </message>
    <message>
        <source>Visa validation</source>
        <translation>Validation Visa</translation>
    </message>
    <message>
        <source>Visa certificate</source>
        <translation>Attestation Visa</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>en stock</translation>
    </message>
    <message>
        <source>handed out</source>
        <translation>remis</translation>
    </message>
    <message>
        <source>sold</source>
        <translation>vendu</translation>
    </message>
    <message>
        <source>brought back, in stock</source>
        <translation>rapporté, en stock</translation>
    </message>
    <message>
        <source>faulty</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>not proposed</source>
        <translation>pas proposée</translation>
    </message>
    <message>
        <source>vote planned</source>
        <translation>vote prévu</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>adoptée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>failed sign-in</source>
        <translation>connexion refusée</translation>
    </message>
</context>
<context>
    <name>LettersReadyDialog</name>
    <message>
        <source>Invitation letters</source>
        <translation>Lettres d&apos;invitation</translation>
    </message>
    <message>
        <source>The new letter of {ref} is ready (one A4 page).</source>
        <translation>La nouvelle lettre de {ref} est prête (une page A4).</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) ready: one A4 page per dwelling.</source>
        <translation>
            <numerusform>%n lettre prête&#xa0;: une page A4 par logement.</numerusform>
            <numerusform>%n lettres prêtes&#xa0;: une page A4 par logement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print them on {printer}, or save the PDF on a USB stick.</source>
        <translation>Imprimez-les sur {printer}, ou enregistrez le PDF sur une clé USB.</translation>
    </message>
    <message>
        <source>No A4 printer is chosen on this PC (Impressions desk, « Preview and print… »): save the PDF on a USB stick to print it elsewhere.</source>
        <translation>Aucune imprimante A4 n&apos;est choisie sur ce poste (onglet Impressions, «&#xa0;Aperçu et impression…&#xa0;»)&#xa0;: enregistrez le PDF sur une clé USB pour l&apos;imprimer ailleurs.</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Print on {printer}</source>
        <translation>Imprimer sur {printer}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save the letters</source>
        <translation>Enregistrer les lettres</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Sending to {printer}…</source>
        <translation>Envoi à {printer}…</translation>
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
        <translation>Code ou mot de passe incorrect pour {name}. Réessayez, ou «&#xa0;Quelqu&apos;un d&apos;autre&#xa0;» plus bas.</translation>
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
        <source>My PIN…</source>
        <translation>Mon code…</translation>
    </message>
    <message>
        <source>Change my PIN or password</source>
        <translation>Changer mon code PIN ou mon mot de passe</translation>
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
        <source>Your new PIN or password is saved.</source>
        <translation>Votre nouveau code est enregistré.</translation>
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
        <source>no printer is chosen for this kind of document on this PC (Impressions desk, « Preview and print… », chooses it)</source>
        <translation>aucune imprimante n&apos;est choisie pour ce type de document sur ce poste (elle se choisit dans l&apos;onglet Impressions, «&#xa0;Aperçu et impression…&#xa0;»)</translation>
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
        <source>The target database already holds a centre: nothing was copied. Copy into a new, empty database.</source>
        <translation>La base de destination contient déjà un centre&#xa0;: rien n&apos;a été copié. Copiez vers une base neuve et vide.</translation>
    </message>
    <message>
        <source>The source and the target are the same database: nothing was copied.</source>
        <translation>La source et la destination sont la même base&#xa0;: rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>The copy of table {table} came out different ({detail}): it was undone, the target is as it was.</source>
        <translation>La copie de la table {table} diffère de l&apos;original ({detail})&#xa0;: elle a été annulée, la destination est restée telle quelle.</translation>
    </message>
    <message>
        <source>A PIN is made of digits only (at least {count}).</source>
        <translation>Un code PIN ne contient que des chiffres (au moins {count}).</translation>
    </message>
    <message>
        <source>A PIN of one digit repeated is guessed at once: choose another.</source>
        <translation>Un code PIN d&apos;un seul chiffre répété se devine tout de suite : choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The account {name} was disabled or changed since it signed in: nothing was recorded. Switch user and sign in again.</source>
        <translation>Le compte {name} a été désactivé ou modifié depuis sa connexion : rien n&apos;a été enregistré. Changez d&apos;utilisateur et reconnectez-vous.</translation>
    </message>
    <message>
        <source>« {detail} » is not a French phone number (10 digits, 02 98 00 00 00): nothing was saved.</source>
        <translation>«&#xa0;{detail}&#xa0;» n&apos;est pas un numéro de téléphone français (10 chiffres, 02 98 00 00 00) : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The centre needs a name: nothing was saved.</source>
        <translation>Le centre a besoin d&apos;un nom : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The centre&apos;s name is too long for a receipt (at most {detail} characters).</source>
        <translation>Le nom du centre est trop long pour un reçu ({detail} caractères au plus).</translation>
    </message>
    <message>
        <source>The address is too long for a receipt&apos;s header (at most {detail} characters).</source>
        <translation>L&apos;adresse est trop longue pour l&apos;en-tête d&apos;un reçu ({detail} caractères au plus).</translation>
    </message>
    <message>
        <source>The idle lock must be between 1 and 60 minutes.</source>
        <translation>Le verrouillage doit venir après 1 à 60 minutes.</translation>
    </message>
    <message>
        <source>The retention period must be between 6 and 120 months.</source>
        <translation>La durée de conservation doit être de 6 à 120 mois.</translation>
    </message>
    <message>
        <source>Each computer price must be more than 0 and at most 1 000 €: nothing was saved.</source>
        <translation>Chaque prix d&apos;ordinateur doit être de plus de 0 et d&apos;au plus 1 000 € : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>« {detail} » is not a list of amounts in euros (40 ; 70,50): nothing was saved.</source>
        <translation>«&#xa0;{detail}&#xa0;» n&apos;est pas une liste de montants en euros (40 ; 70,50) : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The monthly cost must be between 0 and 1 000 €.</source>
        <translation>Le coût mensuel doit être entre 0 et 1 000 €.</translation>
    </message>
    <message>
        <source>Say why (it goes in the audit log): nothing was changed.</source>
        <translation>Dites pourquoi (c&apos;est noté au journal d&apos;audit) : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This sector no longer exists.</source>
        <translation>Ce secteur n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Type the person&apos;s family name.</source>
        <translation>Tapez le nom de famille de la personne.</translation>
    </message>
    <message>
        <source>Type the name shown at sign-in.</source>
        <translation>Tapez le nom affiché à la connexion.</translation>
    </message>
    <message>
        <source>A name at sign-in is at most {detail} characters.</source>
        <translation>Un nom de connexion a au plus {detail} caractères.</translation>
    </message>
    <message>
        <source>{detail} is already in this household.</source>
        <translation>{detail} est déjà dans ce foyer.</translation>
    </message>
    <message>
        <source>A name is at most {detail} characters.</source>
        <translation>Un nom a au plus {detail} caractères.</translation>
    </message>
    <message>
        <source>The note is too long (at most {detail} characters).</source>
        <translation>La note est trop longue ({detail} caractères au plus).</translation>
    </message>
    <message>
        <source>This person is no longer in the household (another counter may have changed it).</source>
        <translation>Cette personne n&apos;est plus dans le foyer (un autre poste l&apos;a peut-être modifié).</translation>
    </message>
    <message>
        <source>{name} is the last active coordinator: the centre would have no one to manage it. Add another coordinator first.</source>
        <translation>{name} est la dernière personne active de la coordination : plus personne ne pourrait gérer le centre. Ajoutez d&apos;abord une autre personne à la coordination.</translation>
    </message>
    <message>
        <source>You cannot disable your own account: ask another coordinator.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte : demandez à une autre personne de la coordination.</translation>
    </message>
    <message>
        <source>No account named {name}.</source>
        <translation>Aucun compte au nom de {name}.</translation>
    </message>
    <message>
        <source>Your current PIN or password is wrong: nothing was changed.</source>
        <translation>Votre code actuel est faux : rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The end date is already past: choose a later one, or disable the account.</source>
        <translation>La date de fin est déjà passée : choisissez-en une plus tard, ou désactivez le compte.</translation>
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
    <message numerus="yes">
        <source>The delivery list was not imported, no decoder was added: %n problem(s). </source>
        <translation>
            <numerusform>La liste de livraison n&apos;a pas été importée, aucun décodeur n&apos;a été ajouté : %n problème. </numerusform>
            <numerusform>La liste de livraison n&apos;a pas été importée, aucun décodeur n&apos;a été ajouté : %n problèmes. </numerusform>
        </translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation>L&apos;opération n&apos;a pas pu être terminée.</translation>
    </message>
    <message>
        <source>The centre&apos;s server {path} refused the connection (user name or password). Nothing was written. Ask the coordinator to check this PC&apos;s connection settings.</source>
        <translation>Le serveur du centre {path} a refusé la connexion (nom d&apos;utilisateur ou mot de passe). Rien n&apos;a été enregistré. Demandez à la coordination de vérifier les réglages de connexion de ce PC.</translation>
    </message>
    <message>
        <source>The centre&apos;s server {path} answers, but has no database of that name. Check the name (the server&apos;s set-up script makes it: guichet by default).</source>
        <translation>Le serveur du centre {path} répond, mais n&apos;a pas de base de ce nom. Vérifiez le nom (le script d&apos;installation du serveur la crée&#xa0;: guichet par défaut).</translation>
    </message>
    <message>
        <source>{path} is not an address Guichet can read. Write it as postgresql://user@server:5432/database.</source>
        <translation>{path} n&apos;est pas une adresse que Guichet sait lire. Écrivez-la ainsi&#xa0;: postgresql://utilisateur@serveur:5432/base.</translation>
    </message>
    <message>
        <source>The centre&apos;s server {path} took too long to answer: nothing was written. Try again in a moment; if it keeps happening, tell the coordinator.</source>
        <translation>Le serveur du centre {path} a mis trop longtemps à répondre&#xa0;: rien n&apos;a été enregistré. Réessayez dans un instant&#xa0;; si cela se répète, prévenez la coordination.</translation>
    </message>
    <message>
        <source>The centre&apos;s server {path} does not answer (network cable, Wi-Fi or the server itself): nothing was written. Try again once it is back.</source>
        <translation>Le serveur du centre {path} ne répond pas (câble réseau, Wi-Fi ou le serveur lui-même)&#xa0;: rien n&apos;a été enregistré. Réessayez quand il sera revenu.</translation>
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
        <source>the phone number given at the counter is kept</source>
        <translation>le téléphone donné à l&apos;accueil est gardé</translation>
    </message>
    <message>
        <source>arrived in the household (recorded at the counter), kept although not on the file</source>
        <translation>arrivée au foyer (notée à l&apos;accueil), gardée bien qu&apos;absente du fichier</translation>
    </message>
    <message>
        <source>left the household (recorded at the counter), kept out although still on the file</source>
        <translation>partie du foyer (noté à l&apos;accueil), gardée hors du foyer bien qu&apos;encore dans le fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n correction made at the counter kept:</source>
        <translation>
            <numerusform>%n correction faite à l&apos;accueil gardée :</numerusform>
            <numerusform>%n corrections faites à l&apos;accueil gardées :</numerusform>
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
        <source>the file or folder does not exist</source>
        <translation>le fichier ou le dossier n&apos;existe pas</translation>
    </message>
    <message>
        <source>this account may not open it</source>
        <translation>ce compte n&apos;a pas le droit de l&apos;ouvrir</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c&apos;est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>the disk or stick is read-only</source>
        <translation>le disque ou la clé est en lecture seule</translation>
    </message>
    <message>
        <source>the disk or stick does not answer</source>
        <translation>le disque ou la clé ne répond pas</translation>
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
        <source>through the caretaker</source>
        <translation>par le gardien</translation>
    </message>
    <message>
        <source>at the counter</source>
        <translation>au guichet</translation>
    </message>
    <message>
        <source>This dwelling has already voted ({channel}, on {when}): one vote per dwelling. Nothing was recorded.</source>
        <translation>Ce logement a déjà voté ({channel}, le {when}) : un seul vote par logement. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The dwelling {ref} has already voted ({channel}, on {when}): one vote per dwelling. Nothing was recorded.</source>
        <translation>Le logement {ref} a déjà voté ({channel}, le {when}) : un seul vote par logement. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Another counter recorded this dwelling&apos;s vote at the same moment: nothing was recorded here.</source>
        <translation>Un autre poste a enregistré le vote de ce logement au même moment : rien n&apos;a été enregistré ici.</translation>
    </message>
    <message>
        <source>This dwelling is not invited to this vote (another sector, or not on the roster when the vote opened). Nothing was recorded.</source>
        <translation>Ce logement n&apos;est pas invité à ce vote (autre secteur, ou absent de la liste à l&apos;ouverture du vote). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No vote is open for this dwelling&apos;s sector: nothing was recorded.</source>
        <translation>Aucun vote n&apos;est ouvert dans le secteur de ce logement : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This vote is already open: its question and rules can no longer change.</source>
        <translation>Ce vote est déjà ouvert : sa question et ses règles ne peuvent plus changer.</translation>
    </message>
    <message>
        <source>Close the vote first: the count comes after the last ballot.</source>
        <translation>Clôturez d&apos;abord le vote : le dépouillement vient après le dernier bulletin.</translation>
    </message>
    <message>
        <source>This vote has already been counted.</source>
        <translation>Ce vote a déjà été dépouillé.</translation>
    </message>
    <message>
        <source>This vote has not been counted yet.</source>
        <translation>Ce vote n&apos;a pas encore été dépouillé.</translation>
    </message>
    <message>
        <source>This vote no longer exists.</source>
        <translation>Ce vote n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This batch no longer exists.</source>
        <translation>Ce lot n&apos;existe plus.</translation>
    </message>
    <message>
        <source>A vote is already open in this sector: close it before opening another.</source>
        <translation>Un vote est déjà ouvert dans ce secteur : clôturez-le avant d&apos;en ouvrir un autre.</translation>
    </message>
    <message>
        <source>This sector has no dwelling on the roster: import the landlord&apos;s list first.</source>
        <translation>Ce secteur n&apos;a aucun logement sur la liste : importez d&apos;abord la liste du bailleur.</translation>
    </message>
    <message>
        <source>Type the question put to the tenants.</source>
        <translation>Tapez la question posée aux locataires.</translation>
    </message>
    <message>
        <source>The question is too long (at most {detail} characters).</source>
        <translation>La question est trop longue ({detail} caractères au plus).</translation>
    </message>
    <message>
        <source>The quorum is a participation between 1 and 100 %.</source>
        <translation>Le quorum est une participation entre 1 et 100&#xa0;%.</translation>
    </message>
    <message>
        <source>The last day of the vote is already past.</source>
        <translation>Le dernier jour du vote est déjà passé.</translation>
    </message>
    <message>
        <source>Set the vote&apos;s last day first: the invitations print it.</source>
        <translation>Fixez d&apos;abord le dernier jour du vote : les invitations l&apos;impriment.</translation>
    </message>
    <message>
        <source>This code is mistyped (its last digit does not match): check the 12 digits on the letter.</source>
        <translation>Ce code est mal saisi (son dernier chiffre ne correspond pas) : vérifiez les 12 chiffres de la lettre.</translation>
    </message>
    <message>
        <source>Unknown code: this letter was not printed by this centre&apos;s Guichet.</source>
        <translation>Code inconnu : cette lettre n&apos;a pas été imprimée par le Guichet de ce centre.</translation>
    </message>
    <message>
        <source>This letter was replaced on {when} by a new one: ask for the new letter, or search the household by name.</source>
        <translation>Cette lettre a été remplacée le {when} par une nouvelle : demandez la nouvelle lettre, ou cherchez le foyer par son nom.</translation>
    </message>
    <message>
        <source>The batch does not balance: {signed} signatures for {ballots} ballots. Nothing was recorded.</source>
        <translation>Le lot n&apos;est pas équilibré : {signed} signatures pour {ballots} bulletins. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The urn does not balance: {signed} signatures at the counter for {ballots} ballots. Count again; nothing was recorded.</source>
        <translation>L&apos;urne n&apos;est pas équilibrée : {signed} signatures au guichet pour {ballots} bulletins. Recomptez ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The batch is empty: tick the dwellings and type the counts.</source>
        <translation>Le lot est vide : cochez les logements et tapez les nombres de bulletins.</translation>
    </message>
    <message>
        <source>A count cannot be negative.</source>
        <translation>Un nombre de bulletins ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>A dwelling is twice in this batch.</source>
        <translation>Un logement figure deux fois dans ce lot.</translation>
    </message>
    <message>
        <source>Type the caretaker&apos;s name.</source>
        <translation>Tapez le nom du gardien.</translation>
    </message>
    <message>
        <source>The name is too long (at most {detail} characters).</source>
        <translation>Le nom est trop long ({detail} caractères au plus).</translation>
    </message>
    <message>
        <source>This batch is already cancelled.</source>
        <translation>Ce lot est déjà annulé.</translation>
    </message>
    <message>
        <source>This vote does not collect ballots through the caretakers.</source>
        <translation>Ce vote ne recueille pas de bulletins par les gardiens.</translation>
    </message>
    <message>
        <source>This vote has no paper urn: its ballots were cast on screen.</source>
        <translation>Ce vote n&apos;a pas d&apos;urne papier : ses bulletins ont été déposés à l&apos;écran.</translation>
    </message>
    <message>
        <source>The urn has already been entered (cancel it first to enter it again).</source>
        <translation>L&apos;urne a déjà été saisie (annulez-la d&apos;abord pour la saisir à nouveau).</translation>
    </message>
    <message>
        <source>Enter the paper urn&apos;s count first ({detail} signatures at the counter).</source>
        <translation>Saisissez d&apos;abord le dépouillement de l&apos;urne papier ({detail} signatures au guichet).</translation>
    </message>
    <message>
        <source>The register and the ballots disagree: the results cannot be published. Nothing was changed.</source>
        <translation>Le registre et les bulletins ne concordent pas : les résultats ne peuvent pas être publiés. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No choice was made: nothing was recorded.</source>
        <translation>Aucun choix n&apos;a été fait : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This vote uses the paper urn: no choice is recorded on screen.</source>
        <translation>Ce vote utilise l&apos;urne papier : aucun choix n&apos;est enregistré à l&apos;écran.</translation>
    </message>
    <message>
        <source>Blank votes are not offered in this vote.</source>
        <translation>Le vote blanc n&apos;est pas proposé dans ce vote.</translation>
    </message>
    <message>
        <source>This person is no longer in the household.</source>
        <translation>Cette personne ne fait plus partie du foyer.</translation>
    </message>
    <message>
        <source>The commission has two or three members: no one alone may open the ballot box.</source>
        <translation>La commission compte deux ou trois membres : personne ne peut ouvrir seul l&apos;urne électronique.</translation>
    </message>
    <message>
        <source>Type each commission member&apos;s name.</source>
        <translation>Tapez le nom de chaque membre de la commission.</translation>
    </message>
    <message>
        <source>The passphrase of {detail} is too short: at least 12 characters (a few words).</source>
        <translation>La phrase de passe de {detail} est trop courte : au moins 12 caractères (quelques mots).</translation>
    </message>
    <message>
        <source>Each member has their own name and their own passphrase.</source>
        <translation>Chaque membre a son propre nom et sa propre phrase de passe.</translation>
    </message>
    <message>
        <source>Wrong passphrase for {detail}: nothing was opened. Try again.</source>
        <translation>Phrase de passe incorrecte pour {detail} : rien n&apos;a été ouvert. Réessayez.</translation>
    </message>
    <message>
        <source>Two members of the commission must type their passphrases.</source>
        <translation>Deux membres de la commission doivent taper leur phrase de passe.</translation>
    </message>
    <message>
        <source>This decoder is already handed out: to {ref}, on {when}{by}. Scan another one.</source>
        <translation>Ce décodeur est déjà remis : au logement {ref}, le {when}{by}. Scannez-en un autre.</translation>
    </message>
    <message>
        <source>, by {name}</source>
        <translation>, par {name}</translation>
    </message>
    <message>
        <source>Scan or type the decoder&apos;s serial number.</source>
        <translation>Scannez ou tapez le numéro de série du décodeur.</translation>
    </message>
    <message>
        <source>A serial number is at most {detail} characters: was something else scanned?</source>
        <translation>Un numéro de série a au plus {detail} caractères : autre chose a-t-il été scanné ?</translation>
    </message>
    <message>
        <source>The decoder {detail} is already in the stock.</source>
        <translation>Le décodeur {detail} est déjà dans le stock.</translation>
    </message>
    <message>
        <source>{detail} is a tenant&apos;s letter code, not a serial: scan the label on the box.</source>
        <translation>{detail} est le code d&apos;un courrier de locataire, pas un numéro de série&#xa0;: scannez l&apos;étiquette de la boîte.</translation>
    </message>
    <message>
        <source>{detail} is a dwelling&apos;s reference, not a serial: scan the label on the box.</source>
        <translation>{detail} est la référence d&apos;un logement, pas un numéro de série&#xa0;: scannez l&apos;étiquette de la boîte.</translation>
    </message>
    <message>
        <source>Unknown serial « {detail} »: this decoder is not in the stock. Check the label, or add it to the stock first.</source>
        <translation>Numéro de série inconnu «&#xa0;{detail}&#xa0;» : ce décodeur n&apos;est pas dans le stock. Vérifiez l&apos;étiquette, ou ajoutez-le d&apos;abord au stock.</translation>
    </message>
    <message>
        <source>« {detail} » is a computer, not a decoder.</source>
        <translation>«&#xa0;{detail}&#xa0;» est un ordinateur, pas un décodeur.</translation>
    </message>
    <message>
        <source>This decoder cannot go out (it is marked faulty or sold): take another one.</source>
        <translation>Ce décodeur ne peut pas sortir (il est marqué en panne ou vendu) : prenez-en un autre.</translation>
    </message>
    <message>
        <source>The sector {detail} has not adopted the offer: no decoder is handed out there.</source>
        <translation>Le secteur {detail} n&apos;a pas adopté l&apos;offre : aucun décodeur n&apos;y est remis.</translation>
    </message>
    <message>
        <source>This dwelling already has a decoder ({detail}, since {when}): one per dwelling. A faulty one is replaced, not doubled.</source>
        <translation>Ce logement a déjà un décodeur ({detail}, depuis le {when}) : un seul par logement. Un décodeur en panne est remplacé, pas doublé.</translation>
    </message>
    <message>
        <source>Another counter handed a decoder to this dwelling at the same moment: nothing was recorded here.</source>
        <translation>Un autre poste a remis un décodeur à ce logement au même moment : rien n&apos;a été enregistré ici.</translation>
    </message>
    <message>
        <source>Who collects the decoder? Choose a member of the household or type the name.</source>
        <translation>Qui retire le décodeur ? Choisissez un membre du foyer ou tapez le nom.</translation>
    </message>
    <message>
        <source>This dwelling has no decoder to replace.</source>
        <translation>Ce logement n&apos;a pas de décodeur à remplacer.</translation>
    </message>
    <message>
        <source>This dwelling has no decoder to bring back.</source>
        <translation>Ce logement n&apos;a pas de décodeur à rapporter.</translation>
    </message>
    <message>
        <source>This dwelling has no handout to cancel.</source>
        <translation>Ce logement n&apos;a pas de remise à annuler.</translation>
    </message>
    <message>
        <source>A replacement is not cancelled: bring the decoder back instead.</source>
        <translation>Un remplacement ne s&apos;annule pas : enregistrez plutôt le retour du décodeur.</translation>
    </message>
    <message>
        <source>{detail} is not one of the centre&apos;s computer prices (Settings).</source>
        <translation>{detail} n&apos;est pas l&apos;un des prix d&apos;ordinateur du centre (Réglages).</translation>
    </message>
    <message>
        <source>A computer is paid in cash or by cheque.</source>
        <translation>Un ordinateur se paie en espèces ou par chèque.</translation>
    </message>
    <message>
        <source>« {detail} » is a decoder, not a computer.</source>
        <translation>«&#xa0;{detail}&#xa0;» est un décodeur, pas un ordinateur.</translation>
    </message>
    <message>
        <source>The computer {detail} is already sold.</source>
        <translation>L&apos;ordinateur {detail} est déjà vendu.</translation>
    </message>
    <message>
        <source>The sector {detail} has not adopted the offer: there is no handout day to announce there. Its offer is set after the vote, or in Settings › Sectors.</source>
        <translation>Le secteur {detail} n&apos;a pas adopté l&apos;offre&#xa0;: il n&apos;y a pas de remise de décodeurs à annoncer. Son offre est fixée après le vote, ou dans Réglages › Secteurs.</translation>
    </message>
    <message>
        <source>Every dwelling of {detail} on the roster already has a decoder: no letter to make.</source>
        <translation>Tous les logements de {detail} sur la liste du bailleur ont déjà un décodeur&#xa0;: aucun courrier à préparer.</translation>
    </message>
    <message>
        <source>Choose the handout day.</source>
        <translation>Choisissez le jour de remise.</translation>
    </message>
    <message>
        <source>At most {detail} handout days on a letter.</source>
        <translation>Au plus {detail} jours de remise sur un courrier.</translation>
    </message>
    <message>
        <source>The day {detail} is past: choose today or a later day.</source>
        <translation>Le {detail} est passé&#xa0;: choisissez aujourd&apos;hui ou un jour suivant.</translation>
    </message>
    <message>
        <source>Type the hours of the handout day (for example: 9 am to 12 noon).</source>
        <translation>Indiquez les horaires de la remise (par exemple&#xa0;: de 9 h à 12 h).</translation>
    </message>
    <message>
        <source>The hours, the place and what to bring are at most {detail} characters each, to stay large on the letter.</source>
        <translation>Les horaires, le lieu et ce qu&apos;il faut apporter font au plus {detail} caractères chacun, pour rester en gros caractères sur le courrier.</translation>
    </message>
    <message>
        <source>This sector no longer exists: choose another one.</source>
        <translation>Ce secteur n&apos;existe plus&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The computer {detail} has no sale to cancel: it is in the stock, or its sale was cancelled already.</source>
        <translation>L&apos;ordinateur {detail} n&apos;a pas de vente à annuler : il est en stock, ou sa vente a déjà été annulée.</translation>
    </message>
    <message>
        <source>The count differs from what the day&apos;s sales say: write a note saying why (it is printed on the closing sheet). Nothing was recorded.</source>
        <translation>Le compte diffère de ce que disent les ventes de la journée : écrivez pourquoi dans l&apos;observation (elle est imprimée sur la feuille de clôture). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>An amount counted or a number of cheques is zero or more, under 100 000 €: nothing was recorded.</source>
        <translation>Un montant compté ou un nombre de chèques va de zéro à moins de 100&#xa0;000&#xa0;€&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The note is too long (at most {detail} characters): nothing was recorded.</source>
        <translation>L&apos;observation est trop longue ({detail} caractères au plus) : rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A day that has not come yet cannot be closed: choose today or an earlier day.</source>
        <translation>Un jour qui n&apos;est pas encore venu ne peut pas être clôturé : choisissez aujourd&apos;hui ou un jour passé.</translation>
    </message>
    <message>
        <source>This slip&apos;s code is mistyped (its last digit does not match): check the 13 digits under the QR code. Nothing was recorded.</source>
        <translation>Le code de ce papier est mal saisi (son dernier chiffre ne correspond pas)&#xa0;: vérifiez les 13 chiffres sous le QR code. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Unknown appointment code: this slip was not printed by this centre&apos;s Guichet. Nothing was recorded.</source>
        <translation>Code de rendez-vous inconnu&#xa0;: ce papier n&apos;a pas été imprimé par le Guichet de ce centre. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This appointment was cancelled: the slip is no longer valid. Nothing was recorded.</source>
        <translation>Ce rendez-vous a été annulé&#xa0;: le papier n&apos;est plus valable. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This appointment was moved to {day} at {hour}: this slip is no longer valid. Nothing was recorded.</source>
        <translation>Ce rendez-vous a été déplacé au {day} à {hour}&#xa0;: ce papier n&apos;est plus valable. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This slip was already used on {when}: the household was checked in then. Nothing was recorded.</source>
        <translation>Ce papier a déjà servi le {when}&#xa0;: le foyer a été accueilli ce jour-là. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This slip was for {day} at {hour}, a day already past. Book another appointment. Nothing was recorded.</source>
        <translation>Ce papier était pour le {day} à {hour}, un jour déjà passé. Prenez un nouveau rendez-vous. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This slip is for {day} at {hour}, not today: come back that day. Nothing was recorded.</source>
        <translation>Ce papier est pour le {day} à {hour}, pas pour aujourd&apos;hui&#xa0;: revenez ce jour-là. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This slot is full: choose another one. Nothing was recorded.</source>
        <translation>Ce créneau est complet&#xa0;: choisissez-en un autre. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This slot has already begun or is past: choose a later one. Nothing was recorded.</source>
        <translation>Ce créneau a déjà commencé ou est passé&#xa0;: choisissez-en un plus tard. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This slot was cancelled: choose another one. Nothing was recorded.</source>
        <translation>Ce créneau a été annulé&#xa0;: choisissez-en un autre. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This slot no longer exists (another counter may have changed it).</source>
        <translation>Ce créneau n&apos;existe plus (un autre poste l&apos;a peut-être modifié).</translation>
    </message>
    <message>
        <source>This appointment no longer exists (another counter may have changed it).</source>
        <translation>Ce rendez-vous n&apos;existe plus (un autre poste l&apos;a peut-être modifié).</translation>
    </message>
    <message>
        <source>Another slot at « {detail} » overlaps this one ({when}): one place, one slot at a time. Nothing was created.</source>
        <translation>Un autre créneau à «&#xa0;{detail}&#xa0;» chevauche celui-ci ({when})&#xa0;: un lieu, un créneau à la fois. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({detail}): the centre is closed. Nothing was created.</source>
        <translation>Le {day} est un jour férié ({detail})&#xa0;: le centre est fermé. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>This household already has an appointment of this kind on {day} at {hour}. Move it, or say why a second one is needed.</source>
        <translation>Ce foyer a déjà un rendez-vous de ce type le {day} à {hour}. Déplacez-le, ou dites pourquoi il en faut un second.</translation>
    </message>
    <message>
        <source>This household is already booked in this slot.</source>
        <translation>Ce foyer est déjà inscrit sur ce créneau.</translation>
    </message>
    <message>
        <source>This appointment is no longer booked (attended, missed or cancelled): nothing was changed.</source>
        <translation>Ce rendez-vous n&apos;est plus réservé (honoré, manqué ou annulé)&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The appointment is already in this slot.</source>
        <translation>Le rendez-vous est déjà sur ce créneau.</translation>
    </message>
    <message>
        <source>An appointment moves to a slot of the same kind: cancel it and book the other kind instead.</source>
        <translation>Un rendez-vous se déplace sur un créneau du même type&#xa0;: annulez-le et réservez plutôt l&apos;autre type.</translation>
    </message>
    <message>
        <source>Say why (it is kept with the appointment): nothing was changed.</source>
        <translation>Dites pourquoi (c&apos;est gardé avec le rendez-vous)&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The reason is too long (at most {detail} characters).</source>
        <translation>Le motif est trop long ({detail} caractères au plus).</translation>
    </message>
    <message>
        <source>Type where the appointment takes place.</source>
        <translation>Indiquez où a lieu le rendez-vous.</translation>
    </message>
    <message>
        <source>The place is too long (at most {detail} characters).</source>
        <translation>Le lieu est trop long ({detail} caractères au plus).</translation>
    </message>
    <message>
        <source>A slot lasts between 5 and {detail} minutes.</source>
        <translation>Un créneau dure entre 5 et {detail} minutes.</translation>
    </message>
    <message>
        <source>A slot takes between 1 and {detail} households.</source>
        <translation>Un créneau accueille entre 1 et {detail} foyers.</translation>
    </message>
    <message>
        <source>The last day of the series comes before its first slot.</source>
        <translation>Le dernier jour de la série tombe avant son premier créneau.</translation>
    </message>
    <message>
        <source>A weekly series has at most {detail} slots: choose an earlier last day.</source>
        <translation>Une série hebdomadaire compte au plus {detail} créneaux&#xa0;: choisissez un dernier jour plus tôt.</translation>
    </message>
    <message>
        <source>The agenda covers between 1 and {detail} days.</source>
        <translation>L&apos;agenda couvre entre 1 et {detail} jours.</translation>
    </message>
    <message>
        <source>Type the skill&apos;s wording: nothing was changed.</source>
        <translation>Tapez le libellé de la compétence&#xa0;: rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The grid already has the skill « {detail} »: nothing was changed.</source>
        <translation>La grille a déjà la compétence «&#xa0;{detail}&#xa0;»&#xa0;: rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>This skill no longer exists (another PC may have changed the grid).</source>
        <translation>Cette compétence n&apos;existe plus (un autre poste a peut-être modifié la grille).</translation>
    </message>
    <message>
        <source>This skill is already off the grid.</source>
        <translation>Cette compétence est déjà retirée de la grille.</translation>
    </message>
    <message>
        <source>This skill is already on the grid.</source>
        <translation>Cette compétence est déjà dans la grille.</translation>
    </message>
    <message>
        <source>This skill is already first.</source>
        <translation>Cette compétence est déjà la première.</translation>
    </message>
    <message>
        <source>This skill is already last.</source>
        <translation>Cette compétence est déjà la dernière.</translation>
    </message>
    <message>
        <source>Type the topic&apos;s name: nothing was changed.</source>
        <translation>Tapez le nom du thème&#xa0;: rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>The list already has the topic « {detail} »: nothing was changed.</source>
        <translation>La liste a déjà le thème «&#xa0;{detail}&#xa0;»&#xa0;: rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>This topic no longer exists (another PC may have changed the list).</source>
        <translation>Ce thème n&apos;existe plus (un autre poste a peut-être modifié la liste).</translation>
    </message>
    <message>
        <source>This topic is already off the survey.</source>
        <translation>Ce thème est déjà retiré du questionnaire.</translation>
    </message>
    <message>
        <source>This topic is already on the survey.</source>
        <translation>Ce thème est déjà dans le questionnaire.</translation>
    </message>
    <message>
        <source>The topic « {detail} » was taken off the survey meanwhile: nothing was recorded.</source>
        <translation>Le thème «&#xa0;{detail}&#xa0;» a été retiré du questionnaire entre-temps&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This person is no longer in the database (another counter may have changed it).</source>
        <translation>Cette personne n&apos;est plus dans la base (un autre poste l&apos;a peut-être modifiée).</translation>
    </message>
    <message>
        <source>The wording is too long (at most {detail} characters).</source>
        <translation>Le libellé est trop long ({detail} caractères au plus).</translation>
    </message>
    <message numerus="yes">
        <source>The grid is not complete: %n skill(s) still to validate. No certificate was issued.</source>
        <translation>
            <numerusform>La grille n&apos;est pas complète&#xa0;: encore %n compétence à valider. Aucune attestation n&apos;a été délivrée.</numerusform>
            <numerusform>La grille n&apos;est pas complète&#xa0;: encore %n compétences à valider. Aucune attestation n&apos;a été délivrée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The skill « {detail} » was taken off the grid: nothing was recorded.</source>
        <translation>La compétence «&#xa0;{detail}&#xa0;» a été retirée de la grille&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>A skill is validated on a day already come: choose today or an earlier day.</source>
        <translation>Une compétence se valide à une date déjà arrivée&#xa0;: choisissez aujourd&apos;hui ou un jour passé.</translation>
    </message>
    <message>
        <source>That day is before the programme began ({detail}): check the date.</source>
        <translation>Ce jour est antérieur au début du programme ({detail})&#xa0;: vérifiez la date.</translation>
    </message>
    <message>
        <source>Type the name of the facilitator who saw the skill: nothing was recorded.</source>
        <translation>Tapez le nom de l&apos;animateur ou de l&apos;animatrice qui a vu la compétence&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The facilitator&apos;s name is too long (at most {detail} characters).</source>
        <translation>Le nom de l&apos;animateur est trop long ({detail} caractères au plus).</translation>
    </message>
    <message>
        <source>This skill was already validated on {day} with {detail}.</source>
        <translation>Cette compétence a déjà été validée le {day} avec {detail}.</translation>
    </message>
    <message>
        <source>This skill is not validated: nothing to withdraw.</source>
        <translation>Cette compétence n&apos;est pas validée&#xa0;: rien à retirer.</translation>
    </message>
    <message>
        <source>The certificate {detail} is issued: its skills can no longer be withdrawn.</source>
        <translation>L&apos;attestation {detail} est délivrée&#xa0;: ses compétences ne peuvent plus être retirées.</translation>
    </message>
    <message>
        <source>This person already holds the certificate {detail}: reprint it instead (it comes out marked DUPLICATA).</source>
        <translation>Cette personne a déjà l&apos;attestation {detail}&#xa0;: réimprimez-la plutôt (elle sort marquée DUPLICATA).</translation>
    </message>
    <message>
        <source>Type the workshop&apos;s title.</source>
        <translation>Tapez le titre de l&apos;atelier.</translation>
    </message>
    <message>
        <source>The title is too long (at most {detail} characters).</source>
        <translation>Le titre est trop long ({detail} caractères au plus).</translation>
    </message>
    <message>
        <source>Type where the workshop takes place.</source>
        <translation>Tapez où a lieu l&apos;atelier.</translation>
    </message>
    <message>
        <source>A workshop takes between 1 and {detail} people.</source>
        <translation>Un atelier accueille de 1 à {detail} personnes.</translation>
    </message>
    <message>
        <source>A series has between 1 and {detail} sessions.</source>
        <translation>Une série compte de 1 à {detail} séances.</translation>
    </message>
    <message>
        <source>A session ends after it starts and lasts 15 minutes to {detail} hours.</source>
        <translation>Une séance finit après son début et dure de 15 minutes à {detail} heures.</translation>
    </message>
    <message>
        <source>The first session is in the past: choose a later day or time. Nothing was created.</source>
        <translation>La première séance est dans le passé&#xa0;: choisissez un jour ou une heure plus tard. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>This workshop no longer exists (another counter may have changed it).</source>
        <translation>Cet atelier n&apos;existe plus (un autre poste l&apos;a peut-être modifié).</translation>
    </message>
    <message>
        <source>This session no longer exists (another counter may have changed it).</source>
        <translation>Cette séance n&apos;existe plus (un autre poste l&apos;a peut-être modifiée).</translation>
    </message>
    <message>
        <source>This sign-up no longer exists (another counter may have changed it).</source>
        <translation>Cette inscription n&apos;existe plus (un autre poste l&apos;a peut-être modifiée).</translation>
    </message>
    <message>
        <source>This person is no longer on the household&apos;s list: choose another one.</source>
        <translation>Cette personne n&apos;est plus dans la liste du foyer&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This theme no longer exists: choose another one.</source>
        <translation>Ce thème n&apos;existe plus&#xa0;: choisissez-en un autre.</translation>
    </message>
    <message>
        <source>This workshop was cancelled. Nothing was recorded.</source>
        <translation>Cet atelier a été annulé. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The session of {day} was cancelled. Nothing was recorded.</source>
        <translation>La séance du {day} a été annulée. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The session of {day} has attendance recorded: it cannot be cancelled.</source>
        <translation>La séance du {day} a des présences enregistrées&#xa0;: elle ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>This workshop is over: every session has been held. Nothing was recorded.</source>
        <translation>Cet atelier est terminé&#xa0;: toutes les séances ont eu lieu. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{detail} people are registered already: the capacity cannot be lower. Cancel sign-ups first.</source>
        <translation>{detail} personnes sont déjà inscrites&#xa0;: le nombre de places ne peut pas être plus bas. Annulez d&apos;abord des inscriptions.</translation>
    </message>
    <message>
        <source>This person is already registered for this workshop. Nothing was recorded.</source>
        <translation>Cette personne est déjà inscrite à cet atelier. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This person is already on the waiting list ({rank}). Nothing was recorded.</source>
        <translation>Cette personne est déjà sur la liste d&apos;attente ({rank}). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This sign-up was cancelled already: nothing was changed.</source>
        <translation>Cette inscription était déjà annulée&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Only a registered person can be ticked present (not someone on the waiting list).</source>
        <translation>Seule une personne inscrite peut être cochée présente (pas une personne en liste d&apos;attente).</translation>
    </message>
    <message>
        <source>This session has not come yet ({day} at {hour}): attendance is ticked on its day.</source>
        <translation>Cette séance n&apos;a pas encore eu lieu ({day} à {hour})&#xa0;: la présence se coche le jour même.</translation>
    </message>
    <message>
        <source>This person is still on the waiting list ({rank}), not registered: no place is free for them yet. Nothing was recorded.</source>
        <translation>Cette personne est encore sur la liste d&apos;attente ({rank}), pas inscrite&#xa0;: aucune place ne s&apos;est encore libérée pour elle. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Say why (it is kept with the sign-up): nothing was changed.</source>
        <translation>Dites pourquoi (c&apos;est gardé avec l&apos;inscription)&#xa0;: rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This workshop slip&apos;s code is mistyped (its last digit does not match): check the 14 digits under the QR code. Nothing was recorded.</source>
        <translation>Le code de ce ticket d&apos;atelier est mal saisi (son dernier chiffre ne correspond pas)&#xa0;: vérifiez les 14 chiffres sous le QR code. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Unknown workshop code: this slip was not printed by this centre&apos;s Guichet. Nothing was recorded.</source>
        <translation>Code d&apos;atelier inconnu&#xa0;: ce ticket n&apos;a pas été imprimé par le Guichet de ce centre. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This sign-up was cancelled: the slip is no longer valid. Nothing was recorded.</source>
        <translation>Cette inscription a été annulée&#xa0;: le ticket n&apos;est plus valable. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This workshop has no session today. Nothing was recorded.</source>
        <translation>Cet atelier n&apos;a pas de séance aujourd&apos;hui. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This person was already recorded present today at {hour}. Nothing was recorded.</source>
        <translation>Cette personne a déjà été enregistrée présente aujourd&apos;hui à {hour}. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Next session: {day} at {hour}.</source>
        <translation>Prochaine séance&#xa0;: le {day} à {hour}.</translation>
    </message>
    <message>
        <source>The period ends ({end}) before it starts ({start}): choose the dates again.</source>
        <translation>La période finit ({end}) avant de commencer ({start})&#xa0;: choisissez à nouveau les dates.</translation>
    </message>
    <message>
        <source>« {detail} » is not a period: type a year (2026), a half-year (2026-S1), a quarter (2026-Q3) or two dates (2026-01-01:2026-06-30).</source>
        <translation>«&#xa0;{detail}&#xa0;» n&apos;est pas une période&#xa0;: tapez une année (2026), un semestre (2026-S1), un trimestre (2026-Q3) ou deux dates (2026-01-01:2026-06-30).</translation>
    </message>
    <message>
        <source>The centre is not set up yet: nothing was exported.</source>
        <translation>Le centre n&apos;est pas encore configuré&#xa0;: rien n&apos;a été exporté.</translation>
    </message>
    <message>
        <source>not a statistics file (it cannot be read as JSON)</source>
        <translation>ce n&apos;est pas un fichier de statistiques (il ne se lit pas comme du JSON)</translation>
    </message>
    <message>
        <source>not a Guichet statistics file</source>
        <translation>ce n&apos;est pas un fichier de statistiques de Guichet</translation>
    </message>
    <message>
        <source>made by another version of Guichet (version {detail}): ask the centre for a new export</source>
        <translation>fait par une autre version de Guichet (version {detail})&#xa0;: demandez au centre un nouvel export</translation>
    </message>
    <message>
        <source>its signature does not match: the file was changed after it was exported</source>
        <translation>sa signature ne correspond pas&#xa0;: le fichier a été modifié après l&apos;export</translation>
    </message>
    <message>
        <source>a count is neither a number nor « &lt;5 » ({detail})</source>
        <translation>un nombre n&apos;est ni un nombre ni «&#xa0;&lt;5&#xa0;» ({detail})</translation>
    </message>
    <message>
        <source>its period ends before it starts</source>
        <translation>sa période finit avant de commencer</translation>
    </message>
    <message>
        <source>it cannot be read ({detail})</source>
        <translation>il ne peut pas être lu ({detail})</translation>
    </message>
    <message>
        <source>« {detail} » was imported before with another key: a reinstalled Guichet, or a file not made by that centre. Check with the centre, then import it again accepting its new key</source>
        <translation>«&#xa0;{detail}&#xa0;» a déjà été importé avec une autre clé&#xa0;: Guichet réinstallé dans ce centre, ou un fichier qu&apos;il n&apos;a pas fait. Vérifiez avec le centre, puis importez de nouveau en acceptant sa nouvelle clé</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) refused, nothing was imported: </source>
        <translation>
            <numerusform>%n fichier refusé, rien n&apos;a été importé&#xa0;: </numerusform>
            <numerusform>%n fichiers refusés, rien n&apos;a été importé&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {centre}, imported.</source>
        <translation>{file}&#xa0;: {centre}, importé.</translation>
    </message>
    <message>
        <source>{file}: {centre}, imported; it replaces an older export of the same period.</source>
        <translation>{file}&#xa0;: {centre}, importé&#xa0;; il remplace un export plus ancien de la même période.</translation>
    </message>
    <message>
        <source>{file}: {centre}, not imported: a newer export of the same period is already there.</source>
        <translation>{file}&#xa0;: {centre}, non importé&#xa0;: un export plus récent de la même période est déjà là.</translation>
    </message>
    <message>
        <source>{file}: {centre}, already imported.</source>
        <translation>{file}&#xa0;: {centre}, déjà importé.</translation>
    </message>
    <message>
        <source>Type the landlord reference of the household first.</source>
        <translation>Tapez d&apos;abord la référence logement du foyer.</translation>
    </message>
</context>
<context>
    <name>ModelCountModel</name>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Brought back</source>
        <translation>Rapportés</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Faulty</source>
        <translation>En panne</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendus</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>(no model)</source>
        <translation>(sans modèle)</translation>
    </message>
</context>
<context>
    <name>NeedsDialog</name>
    <message>
        <source>Needs of {name}</source>
        <translation>Besoins de {name}</translation>
    </message>
    <message>
        <source>What would {name} like help with? Tick every topic that applies.</source>
        <translation>Les thèmes sur lesquels {name} voudrait de l&apos;aide&#xa0;: cochez chacun de ceux qui conviennent.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>NeedsPage</name>
    <message>
        <source>Only people seen since</source>
        <translation>Seulement les personnes venues depuis le</translation>
    </message>
    <message>
        <source>Topics no longer on the survey (answers kept)</source>
        <translation>Thèmes retirés du questionnaire (réponses conservées)</translation>
    </message>
    <message>
        <source>Needs survey</source>
        <translation>Recueil des besoins</translation>
    </message>
    <message>
        <source>Topics of the survey</source>
        <translation>Thèmes du questionnaire</translation>
    </message>
    <message>
        <source>Add a topic…</source>
        <translation>Ajouter un thème…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Take off the survey</source>
        <translation>Retirer du questionnaire</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) told us what they need</source>
        <translation>
            <numerusform>%n personne nous a dit ses besoins</numerusform>
            <numerusform>%n personnes nous ont dit leurs besoins</numerusform>
        </translation>
    </message>
    <message>
        <source>(off the survey)</source>
        <translation>(retiré du questionnaire)</translation>
    </message>
    <message>
        <source>Put back on the survey</source>
        <translation>Remettre dans le questionnaire</translation>
    </message>
    <message>
        <source>Add a topic</source>
        <translation>Ajouter un thème</translation>
    </message>
    <message>
        <source>A new topic people may ask help with. It is added at the end of the survey.</source>
        <translation>Un nouveau thème sur lequel on peut demander de l&apos;aide. Il s&apos;ajoute à la fin du questionnaire.</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Topic « {label} » added.</source>
        <translation>Thème «&#xa0;{label}&#xa0;» ajouté.</translation>
    </message>
    <message>
        <source>Rename a topic</source>
        <translation>Renommer un thème</translation>
    </message>
    <message>
        <source>The answers already given stay with the topic.</source>
        <translation>Les réponses déjà données restent attachées au thème.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Topic renamed « {label} ».</source>
        <translation>Thème renommé «&#xa0;{label}&#xa0;».</translation>
    </message>
    <message>
        <source>« {label} » is off the survey; its answers stay counted.</source>
        <translation>«&#xa0;{label}&#xa0;» est retiré du questionnaire&#xa0;; ses réponses restent comptées.</translation>
    </message>
    <message>
        <source>« {label} » is back on the survey.</source>
        <translation>«&#xa0;{label}&#xa0;» est de retour dans le questionnaire.</translation>
    </message>
</context>
<context>
    <name>NewLetterDialog</name>
    <message>
        <source>New letter for a dwelling</source>
        <translation>Nouvelle lettre pour un logement</translation>
    </message>
    <message>
        <source>For a letter lost, or seen by others: the dwelling gets a new code and a new letter; its old letter will be refused.</source>
        <translation>Pour une lettre perdue, ou vue par d&apos;autres&#xa0;: le logement reçoit un nouveau code et une nouvelle lettre&#xa0;; son ancienne lettre sera refusée.</translation>
    </message>
    <message>
        <source>landlord reference, street, door…</source>
        <translation>référence bailleur, rue, porte…</translation>
    </message>
    <message>
        <source>(has already voted)</source>
        <translation>(a déjà voté)</translation>
    </message>
    <message>
        <source>New code and letter…</source>
        <translation>Nouveau code et lettre…</translation>
    </message>
    <message>
        <source>Choose the dwelling in the list.</source>
        <translation>Choisissez le logement dans la liste.</translation>
    </message>
</context>
<context>
    <name>NewWorkshopDialog</name>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>e.g. First steps with the computer</source>
        <translation>p. ex. Premiers pas avec l&apos;ordinateur</translation>
    </message>
    <message>
        <source>(no theme)</source>
        <translation>(sans thème)</translation>
    </message>
    <message>
        <source>Multimedia room</source>
        <translation>Salle multimédia</translation>
    </message>
    <message>
        <source>Who leads it (optional)</source>
        <translation>Qui l&apos;anime (facultatif)</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Every week, number of sessions:</source>
        <translation>Chaque semaine, nombre de séances&#xa0;:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>French public holidays are skipped: the series goes on the week after.</source>
        <translation>Les jours fériés sont sautés&#xa0;: la série continue la semaine suivante.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>OpenPollDialog</name>
    <message>
        <source>Open the vote of {sector}</source>
        <translation>Ouvrir le vote de {sector}</translation>
    </message>
    <message>
        <source>Before opening, read this with the commission</source>
        <translation>Avant d&apos;ouvrir, lisez ceci avec la commission</translation>
    </message>
    <message>
        <source>The passphrases are never stored, in Guichet or anywhere else. Nobody can recover a lost one: not the coordinator, not a technician.</source>
        <translation>Les phrases de passe ne sont enregistrées nulle part, ni dans Guichet ni ailleurs. Personne ne peut retrouver une phrase perdue&#xa0;: ni la coordination, ni un technicien.</translation>
    </message>
    <message>
        <source>Each member writes their passphrase on paper and keeps it, apart from the others.</source>
        <translation>Chaque membre écrit sa phrase de passe sur papier et la garde, séparément des autres.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>Commission:</source>
        <translation>Commission&#xa0;:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Passphrase (12 characters or more)</source>
        <translation>Phrase de passe (12 caractères ou plus)</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>La même phrase, à nouveau</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>A tenants&apos; representative</source>
        <translation>Nom d&apos;un locataire</translation>
    </message>
    <message>
        <source>a few words</source>
        <translation>quelques mots</translation>
    </message>
    <message>
        <source>Each member has written their passphrase on paper.</source>
        <translation>Chaque membre a écrit sa phrase de passe sur papier.</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>With three members, any two of them are needed to count the vote. If two passphrases are lost, the ballots cast on screen can never be counted: the vote must be run again.</source>
        <translation>Avec trois membres, deux d&apos;entre eux, n&apos;importe lesquels, sont nécessaires au dépouillement. Si deux phrases de passe sont perdues, les bulletins votés à l&apos;écran ne pourront jamais être dépouillés&#xa0;: il faudra refaire le vote.</translation>
    </message>
    <message>
        <source>With two members, both are needed to count the vote. If one passphrase is lost, the ballots cast on screen can never be counted: the vote must be run again.</source>
        <translation>Avec deux membres, les deux sont nécessaires au dépouillement. Si une phrase de passe est perdue, les bulletins votés à l&apos;écran ne pourront jamais être dépouillés&#xa0;: il faudra refaire le vote.</translation>
    </message>
    <message>
        <source>Type the name of member {number}.</source>
        <translation>Tapez le nom du membre {number}.</translation>
    </message>
    <message>
        <source>The passphrase of {name} is too short: at least {count} characters (a few words).</source>
        <translation>La phrase de passe de {name} est trop courte&#xa0;: au moins {count} caractères (quelques mots).</translation>
    </message>
    <message>
        <source>The two entries of {name} differ: type the passphrase again.</source>
        <translation>Les deux saisies de {name} diffèrent&#xa0;: tapez de nouveau la phrase de passe.</translation>
    </message>
    <message>
        <source>Each member writes their passphrase on paper first, then tick the box.</source>
        <translation>Chaque membre écrit d&apos;abord sa phrase de passe sur papier, puis cochez la case.</translation>
    </message>
    <message>
        <source>Opening the vote… a few seconds.</source>
        <translation>Ouverture du vote… quelques secondes.</translation>
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
    <name>OwnSecretDialog</name>
    <message>
        <source>My PIN or password — {name}</source>
        <translation>Mon code PIN ou mot de passe — {name}</translation>
    </message>
    <message>
        <source>Current PIN or password</source>
        <translation>Code PIN ou mot de passe actuel</translation>
    </message>
    <message>
        <source>New one</source>
        <translation>Nouveau code</translation>
    </message>
    <message>
        <source>New one, again</source>
        <translation>Nouveau code, encore une fois</translation>
    </message>
    <message>
        <source>Change it</source>
        <translation>Le changer</translation>
    </message>
    <message>
        <source>A password of 8 characters or more.</source>
        <translation>Un mot de passe de 8 caractères ou plus.</translation>
    </message>
    <message>
        <source>A PIN of 4 digits or more, not one digit repeated.</source>
        <translation>Un code PIN de 4 chiffres ou plus, pas un seul chiffre répété.</translation>
    </message>
    <message>
        <source>The two new entries differ. Type them again.</source>
        <translation>Les deux nouvelles saisies sont différentes. Tapez-les à nouveau.</translation>
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
    <name>PollDialog</name>
    <message>
        <source>New vote</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <source>Vote of {sector}</source>
        <translation>Vote de {sector}</translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n dwelling(s), vote in progress</source>
        <translation>
            <numerusform>{name} — %n logement, vote en cours</numerusform>
            <numerusform>{name} — %n logements, vote en cours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{name} — %n dwelling(s)</source>
        <translation>
            <numerusform>{name} — %n logement</numerusform>
            <numerusform>{name} — %n logements</numerusform>
        </translation>
    </message>
    <message>
        <source>Blank vote allowed</source>
        <translation>Vote blanc permis</translation>
    </message>
    <message>
        <source>Paper urn at the counter</source>
        <translation>Urne papier à l&apos;accueil</translation>
    </message>
    <message>
        <source>The tenant signs in Guichet, then drops a paper ballot in the urn: Guichet keeps no choice, the urn is counted by hand after closing.</source>
        <translation>Le locataire signe dans Guichet, puis glisse un bulletin papier dans l&apos;urne&#xa0;: Guichet ne garde aucun choix, l&apos;urne est dépouillée à la main après la clôture.</translation>
    </message>
    <message>
        <source>The caretakers collect ballots in the buildings</source>
        <translation>Les gardiens recueillent des bulletins dans les immeubles</translation>
    </message>
    <message>
        <source>Quorum of participation:</source>
        <translation>Quorum de participation&#xa0;:</translation>
    </message>
    <message>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <source>Monday to Friday, 9 am to 12 noon</source>
        <translation>du lundi au vendredi, de 9 h à 12 h</translation>
    </message>
    <message>
        <source>Are you in favour of the collective Internet + TV offer at … € per month per dwelling?</source>
        <translation>Êtes-vous favorable à l&apos;offre collective Internet + TV à …&#xa0;€ par mois et par logement&#xa0;?</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Where to vote</source>
        <translation>Lieu du vote</translation>
    </message>
    <message>
        <source>Opening hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Create the vote</source>
        <translation>Créer le vote</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>The vote is open: only its last day, the place and the hours can still change.</source>
        <translation>Le vote est ouvert&#xa0;: seuls son dernier jour, le lieu et les horaires peuvent encore changer.</translation>
    </message>
    <message>
        <source>Import the landlord&apos;s roster first: there is no sector to vote in.</source>
        <translation>Importez d&apos;abord la liste du bailleur&#xa0;: il n&apos;y a aucun secteur où voter.</translation>
    </message>
    <message>
        <source>Replace the … in the question with the monthly price per dwelling.</source>
        <translation>Remplacez «&#xa0;…&#xa0;» dans la question par le prix mensuel par logement.</translation>
    </message>
</context>
<context>
    <name>PollsModel</name>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Counted on {date}</source>
        <translation>Dépouillé le {date}</translation>
    </message>
    <message>
        <source>Closed on {date}</source>
        <translation>Clos le {date}</translation>
    </message>
    <message>
        <source>Open until {date}</source>
        <translation>Ouvert jusqu&apos;au {date}</translation>
    </message>
    <message>
        <source>Open since {date}</source>
        <translation>Ouvert depuis le {date}</translation>
    </message>
    <message>
        <source>In preparation since {date}</source>
        <translation>En préparation depuis le {date}</translation>
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
    <name>ProgressModel</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Last validated</source>
        <translation>Dernière validation</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} sur {total}</translation>
    </message>
</context>
<context>
    <name>ReportDesk</name>
    <message>
        <source>Programme report</source>
        <translation>Bilan du programme</translation>
    </message>
    <message>
        <source>Year {year}</source>
        <translation>Année {year}</translation>
    </message>
    <message>
        <source>Other dates</source>
        <translation>Autres dates</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calculer</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Save the PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Statistics for the city…</source>
        <translation>Statistiques pour la ville…</translation>
    </message>
    <message>
        <source>Import the centres&apos; files…</source>
        <translation>Importer les fichiers des centres…</translation>
    </message>
    <message>
        <source>No activity in this period</source>
        <translation>Aucune activité sur cette période</translation>
    </message>
    <message>
        <source>The centres&apos; files (the city)</source>
        <translation>Les fichiers des centres (la ville)</translation>
    </message>
    <message>
        <source>Accept the new key (checked with the centre)</source>
        <translation>Accepter la nouvelle clé (vérifiée avec le centre)</translation>
    </message>
    <message>
        <source>Dwellings on the roster</source>
        <translation>Logements sur la liste du bailleur</translation>
    </message>
    <message>
        <source>Dwellings equipped (end of the period)</source>
        <translation>Logements équipés (fin de période)</translation>
    </message>
    <message>
        <source>Uptake</source>
        <translation>Taux d&apos;équipement</translation>
    </message>
    <message>
        <source>Decoders handed out</source>
        <translation>Décodeurs remis</translation>
    </message>
    <message>
        <source>Decoders replaced</source>
        <translation>Décodeurs remplacés</translation>
    </message>
    <message>
        <source>Decoders brought back</source>
        <translation>Décodeurs rendus</translation>
    </message>
    <message>
        <source>Computers sold</source>
        <translation>Ordinateurs vendus</translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation>Votes clos</translation>
    </message>
    <message>
        <source>Workshop sessions held</source>
        <translation>Séances d&apos;ateliers tenues</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <source>Workshop attendances</source>
        <translation>Présences aux ateliers</translation>
    </message>
    <message>
        <source>Visa Internet certificates</source>
        <translation>Visa Internet délivrés</translation>
    </message>
    <message>
        <source>Help sessions</source>
        <translation>Permanences d&apos;aide</translation>
    </message>
    <message>
        <source>Appointments kept</source>
        <translation>Rendez-vous honorés</translation>
    </message>
    <message>
        <source>Appointments missed</source>
        <translation>Rendez-vous manqués</translation>
    </message>
    <message>
        <source>Uptake by sector</source>
        <translation>Taux d&apos;équipement par secteur</translation>
    </message>
    <message>
        <source>Dwellings and dwellings equipped, by sector</source>
        <translation>Logements et logements équipés, par secteur</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>Logements</translation>
    </message>
    <message>
        <source>Equipped</source>
        <translation>Équipés</translation>
    </message>
    <message>
        <source>Dwellings equipped at the end of each month</source>
        <translation>Logements équipés à la fin de chaque mois</translation>
    </message>
    <message>
        <source>Workshops and Visa Internet</source>
        <translation>Ateliers et Visa Internet</translation>
    </message>
    <message>
        <source>Sessions held</source>
        <translation>Séances tenues</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Decoder pick-up</source>
        <translation>Retrait de décodeur</translation>
    </message>
    <message>
        <source>Computer pick-up</source>
        <translation>Retrait d&apos;ordinateur</translation>
    </message>
    <message>
        <source>Help session</source>
        <translation>Permanence d&apos;aide</translation>
    </message>
    <message>
        <source>Contract advice</source>
        <translation>Conseil contrat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Appointments kept and missed</source>
        <translation>Rendez-vous honorés et manqués</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Honorés</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manqués</translation>
    </message>
    <message>
        <source>No activity in this period.</source>
        <translation>Aucune activité sur cette période.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le bilan</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <source>Statistics for the city</source>
        <translation>Statistiques pour la ville</translation>
    </message>
    <message>
        <source>Statistics (*.json)</source>
        <translation>Statistiques (*.json)</translation>
    </message>
    <message>
        <source>The centres&apos; statistics files</source>
        <translation>Les fichiers de statistiques des centres</translation>
    </message>
    <message>
        <source>Report saved: {file}</source>
        <translation>Bilan enregistré&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Figures saved in {file}: it opens in a spreadsheet.</source>
        <translation>Chiffres enregistrés dans {file}&#xa0;: il s&apos;ouvre dans un tableur.</translation>
    </message>
    <message>
        <source>Statistics for the city saved: {file} (counts only, no name, no address).</source>
        <translation>Statistiques pour la ville enregistrées&#xa0;: {file} (des nombres seulement, ni nom ni adresse).</translation>
    </message>
    <message>
        <source>Files imported: the city&apos;s table is below.</source>
        <translation>Fichiers importés&#xa0;: le tableau de la ville est ci-dessous.</translation>
    </message>
    <message>
        <source>No centre&apos;s file covers this period.</source>
        <translation>Aucun fichier de centre ne couvre cette période.</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Dwellings invited</source>
        <translation>Logements invités</translation>
    </message>
    <message>
        <source>Took part</source>
        <translation>Ont voté</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Blank ballots</source>
        <translation>Bulletins blancs</translation>
    </message>
    <message>
        <source>Spoiled ballots</source>
        <translation>Bulletins nuls</translation>
    </message>
    <message>
        <source>Expressed</source>
        <translation>Suffrages exprimés</translation>
    </message>
    <message>
        <source>Share for</source>
        <translation>Part des «&#xa0;pour&#xa0;»</translation>
    </message>
    <message>
        <source>Quorum of participation</source>
        <translation>Quorum de participation</translation>
    </message>
    <message>
        <source>How the ballots came in</source>
        <translation>Par canal</translation>
    </message>
    <message>
        <source>Participation by building</source>
        <translation>Participation par bâtiment</translation>
    </message>
    <message>
        <source>Offer adopted</source>
        <translation>Offre adoptée</translation>
    </message>
    <message>
        <source>Offer not adopted: quorum not reached</source>
        <translation>Offre non adoptée&#xa0;: quorum non atteint</translation>
    </message>
    <message>
        <source>Offer not adopted</source>
        <translation>Offre non adoptée</translation>
    </message>
    <message>
        <source>{count} ({percent})</source>
        <translation>{count} ({percent})</translation>
    </message>
    <message>
        <source>{percent}: reached</source>
        <translation>{percent}&#xa0;: atteint</translation>
    </message>
    <message>
        <source>{percent}: not reached</source>
        <translation>{percent}&#xa0;: non atteint</translation>
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
        <translation>colonne obligatoire absente : «&#xa0;{detail}&#xa0;»</translation>
    </message>
    <message>
        <source>column twice: « {detail} »</source>
        <translation>colonne en double : «&#xa0;{detail}&#xa0;»</translation>
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
        <translation>{ref} : {column} «&#xa0;{detail}&#xa0;» ici, mais «&#xa0;{other_value}&#xa0;» ligne {other_line}</translation>
    </message>
    <message>
        <source>serial number missing</source>
        <translation>numéro de série manquant</translation>
    </message>
    <message>
        <source>the serial {detail} is also on line {other_line}</source>
        <translation>le numéro de série {detail} figure aussi ligne {other_line}</translation>
    </message>
    <message>
        <source>the decoder {detail} is already in the stock</source>
        <translation>le décodeur {detail} est déjà dans le stock</translation>
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
    <name>SalesModel</name>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Cancelled, not counted</source>
        <translation>Annulée, non comptée</translation>
    </message>
</context>
<context>
    <name>ScanIn</name>
    <message>
        <source>Ready: scan the labels one after another.</source>
        <translation>Prêt : scannez les étiquettes l&apos;une après l&apos;autre.</translation>
    </message>
    <message>
        <source>Each one is added at once; a chime says it went in, a buzz that it did not.</source>
        <translation>Chacune est ajoutée aussitôt ; un carillon dit qu&apos;elle est entrée, un bourdonnement qu&apos;elle ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>Scan ignored</source>
        <translation>Scan ignoré</translation>
    </message>
    <message>
        <source>Close the open window first, then scan again.</source>
        <translation>Fermez d&apos;abord la fenêtre ouverte, puis scannez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>%n added since this page was opened</source>
        <translation>
            <numerusform>%n ajouté depuis l&apos;ouverture de cette page</numerusform>
            <numerusform>%n ajoutés depuis l&apos;ouverture de cette page</numerusform>
        </translation>
    </message>
    <message>
        <source>Added: {serial}</source>
        <translation>Ajouté : {serial}</translation>
    </message>
    <message>
        <source>Not added: {serial}</source>
        <translation>Non ajouté : {serial}</translation>
    </message>
</context>
<context>
    <name>SectorDialog</name>
    <message>
        <source>Sector {name}</source>
        <translation>Secteur {name}</translation>
    </message>
    <message numerus="yes">
        <source>Sector {name} — %n dwelling(s)</source>
        <translation>
            <numerusform>Secteur {name} — %n logement</numerusform>
            <numerusform>Secteur {name} — %n logements</numerusform>
        </translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Collective offer</source>
        <translation>Offre collective</translation>
    </message>
    <message>
        <source>vote of 12/03/2018, new price…</source>
        <translation>vote du 12/03/2018, nouveau prix…</translation>
    </message>
    <message>
        <source>Monthly cost per dwelling (€)</source>
        <translation>Coût mensuel par logement (€)</translation>
    </message>
    <message>
        <source>Reason (audit log)</source>
        <translation>Raison (journal d&apos;audit)</translation>
    </message>
    <message>
        <source>« {text} » is not an amount in euros (1,18).</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un montant en euros (1,18).</translation>
    </message>
</context>
<context>
    <name>SectorsModel</name>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Dwellings</source>
        <translation>Logements</translation>
    </message>
    <message>
        <source>Equipped</source>
        <translation>Équipés</translation>
    </message>
    <message>
        <source>Uptake</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Computers sold</source>
        <translation>Ordinateurs vendus</translation>
    </message>
    <message>
        <source>Polls closed</source>
        <translation>Votes clos</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Collective offer</source>
        <translation>Offre collective</translation>
    </message>
    <message>
        <source>Monthly cost per dwelling</source>
        <translation>Coût mensuel par logement</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <source>The centre&apos;s server</source>
        <translation>Le serveur du centre</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or serveur-centre</source>
        <translation>ex. 192.168.1.10 ou serveur-centre</translation>
    </message>
    <message>
        <source>Our centre already works on this server</source>
        <translation>Notre centre travaille déjà sur ce serveur</translation>
    </message>
    <message>
        <source>This is a new server, just set up for the centre</source>
        <translation>C&apos;est un nouveau serveur, tout juste installé pour le centre</translation>
    </message>
    <message>
        <source>Guichet puts its tables in the empty database, then asks for the centre&apos;s name and creates the coordinator&apos;s account, as on a first start.</source>
        <translation>Guichet prépare la base vide, puis demande le nom du centre et crée le compte de coordination, comme à un premier démarrage.</translation>
    </message>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Use this server</source>
        <translation>Utiliser ce serveur</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Server address (IP or name)</source>
        <translation>Adresse du serveur (IP ou nom)</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Nom de la base</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password of the server</source>
        <translation>Mot de passe du serveur</translation>
    </message>
    <message>
        <source>Connect to the centre&apos;s server</source>
        <translation>Se connecter au serveur du centre</translation>
    </message>
    <message>
        <source>When several counters work together, the centre&apos;s data is on one PC of its network, the server. The coordinator has its address and password.</source>
        <translation>Quand plusieurs guichets travaillent ensemble, les données du centre sont sur un PC de son réseau&#xa0;: le serveur. La coordination en a l&apos;adresse et le mot de passe.</translation>
    </message>
    <message>
        <source>Fill in the server&apos;s address, its port, the database, the user name and the password.</source>
        <translation>Remplissez l&apos;adresse du serveur, son port, la base, le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>Connecting to the server…</source>
        <translation>Connexion au serveur…</translation>
    </message>
    <message>
        <source>The server answers, but it has no centre in a database &quot;{name}&quot;. Check the database name; if this is a new server for the centre, choose &quot;This is a new server&quot; above, then test again.</source>
        <translation>Le serveur répond, mais il n&apos;a aucun centre dans une base «&#xa0;{name}&#xa0;». Vérifiez le nom de la base&#xa0;; s&apos;il s&apos;agit d&apos;un nouveau serveur pour le centre, choisissez «&#xa0;C&apos;est un nouveau serveur&#xa0;» ci-dessus, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>The server answers. Its database is empty: Guichet sets it up when you press &quot;Use this server&quot;.</source>
        <translation>Le serveur répond. Sa base est vide&#xa0;: Guichet la prépare quand vous appuyez sur «&#xa0;Utiliser ce serveur&#xa0;».</translation>
    </message>
    <message>
        <source>The server answers. It holds the centre &quot;{name}&quot;.</source>
        <translation>Le serveur répond. Il contient le centre «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>The server answers. Its centre is not set up yet: the first-run page follows.</source>
        <translation>Le serveur répond. Son centre n&apos;est pas encore créé&#xa0;: la page de premier démarrage suit.</translation>
    </message>
</context>
<context>
    <name>SettingsDesk</name>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Secteurs</translation>
    </message>
    <message>
        <source>Add someone…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Change, new PIN…</source>
        <translation>Modifier, nouveau code…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Who may sign in at this counter. Someone who leaves is disabled, never deleted: the audit log keeps their name.</source>
        <translation>Qui peut se connecter à ce poste. Une personne qui part est désactivée, jamais supprimée : le journal d&apos;audit garde son nom.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les réglages</translation>
    </message>
    <message>
        <source>Printers of this PC</source>
        <translation>Imprimantes de ce poste</translation>
    </message>
    <message>
        <source>Save the printers</source>
        <translation>Enregistrer les imprimantes</translation>
    </message>
    <message>
        <source>Centre&apos;s name</source>
        <translation>Nom du centre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Lock the counter after</source>
        <translation>Verrouiller le poste après</translation>
    </message>
    <message>
        <source>Keep personal data for</source>
        <translation>Garder les données personnelles</translation>
    </message>
    <message>
        <source>Computer prices (€, separated by ;)</source>
        <translation>Prix des ordinateurs (€, séparés par ;)</translation>
    </message>
    <message>
        <source>To bring to a handout (one per line)</source>
        <translation>À apporter pour une remise (un par ligne)</translation>
    </message>
    <message>
        <source>Top of every receipt and slip:</source>
        <translation>En-tête de chaque reçu et convocation :</translation>
    </message>
    <message>
        <source>Change the offer or the cost…</source>
        <translation>Modifier l&apos;offre ou le coût…</translation>
    </message>
    <message>
        <source>A sector&apos;s offer follows its tenants&apos; vote; set it here for a sector that voted before Guichet. Each change is kept in the audit log with its reason.</source>
        <translation>L&apos;offre d&apos;un secteur suit le vote de ses locataires ; réglez-la ici pour un secteur qui a voté avant Guichet. Chaque changement est gardé au journal d&apos;audit avec sa raison.</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>{name} (not found)</source>
        <translation>{name} (introuvable)</translation>
    </message>
    <message>
        <source>Printers saved for this PC.</source>
        <translation>Imprimantes enregistrées pour ce poste.</translation>
    </message>
    <message>
        <source>Enable again</source>
        <translation>Réactiver</translation>
    </message>
    <message>
        <source>Account created: {name} can sign in now.</source>
        <translation>Compte créé : {name} peut se connecter dès maintenant.</translation>
    </message>
    <message>
        <source>Account of {name} changed; new PIN saved.</source>
        <translation>Compte de {name} modifié ; nouveau code enregistré.</translation>
    </message>
    <message>
        <source>Account of {name} changed.</source>
        <translation>Compte de {name} modifié.</translation>
    </message>
    <message>
        <source>{name} can no longer sign in (kept in the audit log).</source>
        <translation>{name} ne peut plus se connecter (gardé au journal d&apos;audit).</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} peut à nouveau se connecter.</translation>
    </message>
    <message>
        <source>Settings saved: the next receipts and slips carry them.</source>
        <translation>Réglages enregistrés : les prochains reçus et convocations les portent.</translation>
    </message>
    <message>
        <source>Choose a sector in the list first.</source>
        <translation>Choisissez d&apos;abord un secteur dans la liste.</translation>
    </message>
    <message>
        <source>Sector {name} changed.</source>
        <translation>Secteur {name} modifié.</translation>
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
        <source>Connect to the centre&apos;s server…</source>
        <translation>Se connecter au serveur du centre…</translation>
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
        <source>Several counters, and the centre already has its server?</source>
        <translation>Plusieurs guichets, et le centre a déjà son serveur&#xa0;?</translation>
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
    <name>SignUpDialog</name>
    <message>
        <source>Sign someone up</source>
        <translation>Inscrire quelqu&apos;un</translation>
    </message>
    <message numerus="yes">
        <source>{title}: %n place(s) left.</source>
        <translation>
            <numerusform>{title}&#xa0;: %n place libre.</numerusform>
            <numerusform>{title}&#xa0;: %n places libres.</numerusform>
        </translation>
    </message>
    <message>
        <source>{title} is full: the person goes on the waiting list.</source>
        <translation>{title} est complet&#xa0;: la personne va sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>Name, address or reference of the household</source>
        <translation>Nom, adresse ou référence du foyer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Sign up and print the slip</source>
        <translation>Inscrire et imprimer le ticket</translation>
    </message>
    <message>
        <source>Nobody found for « {text} »: try the reference or the street.</source>
        <translation>Aucun foyer trouvé pour «&#xa0;{text}&#xa0;»&#xa0;: essayez la référence ou la rue.</translation>
    </message>
    <message>
        <source>Find the household first: type its name, then choose the person.</source>
        <translation>Cherchez d&apos;abord le foyer&#xa0;: tapez son nom, puis choisissez la personne.</translation>
    </message>
</context>
<context>
    <name>SignupModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présences</translation>
    </message>
</context>
<context>
    <name>SlotModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n free of {capacity}</source>
        <translation>
            <numerusform>%n libre sur {capacity}</numerusform>
            <numerusform>%n libres sur {capacity}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SlotsDialog</name>
    <message>
        <source>New slots</source>
        <translation>Nouveaux créneaux</translation>
    </message>
    <message>
        <source>Reception of the social centre</source>
        <translation>Accueil du centre social</translation>
    </message>
    <message>
        <source>Every week until</source>
        <translation>Chaque semaine jusqu&apos;au</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>People per slot</source>
        <translation>Foyers par créneau</translation>
    </message>
    <message>
        <source>French public holidays are skipped.</source>
        <translation>Les jours fériés sont sautés.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
</context>
<context>
    <name>StockDesk</name>
    <message>
        <source>Decoders</source>
        <translation>Décodeurs</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>Ordinateurs</translation>
    </message>
    <message>
        <source>Handout letters</source>
        <translation>Courriers de remise</translation>
    </message>
    <message>
        <source>Closing of the day</source>
        <translation>Clôture du jour</translation>
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
<context>
    <name>UrnDialog</name>
    <message>
        <source>Paper urn — {sector}</source>
        <translation>Urne papier — {sector}</translation>
    </message>
    <message numerus="yes">
        <source>Open the urn with a witness and count its ballots. The counter recorded %n signature(s): the urn must hold as many ballots.</source>
        <translation>
            <numerusform>Ouvrez l&apos;urne devant un témoin et comptez ses bulletins. L&apos;accueil a enregistré %n signature&#xa0;: l&apos;urne doit contenir autant de bulletins.</numerusform>
            <numerusform>Ouvrez l&apos;urne devant un témoin et comptez ses bulletins. L&apos;accueil a enregistré %n signatures&#xa0;: l&apos;urne doit contenir autant de bulletins.</numerusform>
        </translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Blanc</translation>
    </message>
    <message>
        <source>Spoiled</source>
        <translation>Nul</translation>
    </message>
    <message>
        <source>Record the urn</source>
        <translation>Enregistrer l&apos;urne</translation>
    </message>
    <message>
        <source>{signatures}, {ballots} in the urn: it balances.</source>
        <translation>{signatures}, {ballots} dans l&apos;urne&#xa0;: le compte est bon.</translation>
    </message>
    <message>
        <source>{signatures}, {ballots} in the urn: it does not balance.</source>
        <translation>{signatures}, {ballots} dans l&apos;urne&#xa0;: le compte n&apos;est pas bon.</translation>
    </message>
    <message numerus="yes">
        <source>%n signature(s)</source>
        <translation>
            <numerusform>%n signature</numerusform>
            <numerusform>%n signatures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ballot(s)</source>
        <translation>
            <numerusform>%n bulletin</numerusform>
            <numerusform>%n bulletins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisaDialog</name>
    <message>
        <source>Visa Internet of {name}</source>
        <translation>Visa Internet de {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>VisaPage</name>
    <message>
        <source>Name, address or reference of the household</source>
        <translation>Nom, adresse ou référence du foyer</translation>
    </message>
    <message>
        <source>Who in the household</source>
        <translation>Qui dans le foyer</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Certificate holders</source>
        <translation>Titulaires de l&apos;attestation</translation>
    </message>
    <message>
        <source>Add a skill…</source>
        <translation>Ajouter une compétence…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Take off the grid</source>
        <translation>Retirer de la grille</translation>
    </message>
    <message>
        <source>A person&apos;s Visa</source>
        <translation>Le Visa d&apos;une personne</translation>
    </message>
    <message>
        <source>Progress and certificates</source>
        <translation>En cours et attestations</translation>
    </message>
    <message>
        <source>The grid</source>
        <translation>La grille</translation>
    </message>
    <message>
        <source>Visa Internet</source>
        <translation>Visa Internet</translation>
    </message>
    <message>
        <source>Progress and certificates ({n})</source>
        <translation>En cours et attestations ({n})</translation>
    </message>
    <message>
        <source>(off the grid)</source>
        <translation>(retirée de la grille)</translation>
    </message>
    <message>
        <source>Put back on the grid</source>
        <translation>Remettre dans la grille</translation>
    </message>
    <message>
        <source>Add a skill</source>
        <translation>Ajouter une compétence</translation>
    </message>
    <message>
        <source>A new skill at the end of the grid. People already certified keep their certificate.</source>
        <translation>Une nouvelle compétence à la fin de la grille. Les personnes déjà certifiées gardent leur attestation.</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Skill « {label} » added.</source>
        <translation>Compétence «&#xa0;{label}&#xa0;» ajoutée.</translation>
    </message>
    <message>
        <source>Rename a skill</source>
        <translation>Renommer une compétence</translation>
    </message>
    <message>
        <source>Certificates already issued keep the wording they were printed with.</source>
        <translation>Les attestations déjà délivrées gardent le libellé avec lequel elles ont été imprimées.</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Skill renamed « {label} ».</source>
        <translation>Compétence renommée «&#xa0;{label}&#xa0;».</translation>
    </message>
    <message>
        <source>« {label} » is off the grid: it is no longer needed for a certificate.</source>
        <translation>«&#xa0;{label}&#xa0;» est retirée de la grille&#xa0;: elle n&apos;est plus demandée pour l&apos;attestation.</translation>
    </message>
    <message>
        <source>« {label} » is back on the grid.</source>
        <translation>«&#xa0;{label}&#xa0;» est de retour dans la grille.</translation>
    </message>
</context>
<context>
    <name>VisaRecordView</name>
    <message>
        <source>Facilitator&apos;s name</source>
        <translation>Nom de l&apos;animateur ou de l&apos;animatrice</translation>
    </message>
    <message>
        <source>Validated on</source>
        <translation>Validé le</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>Print the certificate</source>
        <translation>Imprimer l&apos;attestation</translation>
    </message>
    <message>
        <source>Reprint (DUPLICATA)</source>
        <translation>Réimprimer (DUPLICATA)</translation>
    </message>
    <message>
        <source>Nobody chosen yet</source>
        <translation>Personne n&apos;est encore choisi</translation>
    </message>
    <message numerus="yes">
        <source>%n skill(s) of {total}</source>
        <translation>
            <numerusform>%n compétence sur {total}</numerusform>
            <numerusform>%n compétences sur {total}</numerusform>
        </translation>
    </message>
    <message>
        <source>validated on {day} with {who}</source>
        <translation>validée le {day} avec {who}</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <source>Validate</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Validated by mistake? Take it back.</source>
        <translation>Validé par erreur&#xa0;? Retirez-le.</translation>
    </message>
    <message>
        <source>Certificate {number} issued on {day}.</source>
        <translation>Attestation {number} délivrée le {day}.</translation>
    </message>
    <message>
        <source>Every skill is validated: the certificate can be printed.</source>
        <translation>Toutes les compétences sont validées&#xa0;: l&apos;attestation peut être imprimée.</translation>
    </message>
    <message numerus="yes">
        <source>Still %n skill(s) to validate before the certificate.</source>
        <translation>
            <numerusform>Encore %n compétence à valider avant l&apos;attestation.</numerusform>
            <numerusform>Encore %n compétences à valider avant l&apos;attestation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skill validated.</source>
        <translation>Compétence validée.</translation>
    </message>
    <message>
        <source>Validation withdrawn.</source>
        <translation>Validation retirée.</translation>
    </message>
    <message>
        <source>Certificate {number} issued: printing…</source>
        <translation>Attestation {number} délivrée&#xa0;: impression…</translation>
    </message>
    <message>
        <source>Certificate printed on {printer}.</source>
        <translation>Attestation imprimée sur {printer}.</translation>
    </message>
</context>
<context>
    <name>VoteDesk</name>
    <message>
        <source>Counted</source>
        <translation>Dépouillé</translation>
    </message>
    <message>
        <source>In preparation</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>at the counter: {counter} · through the caretakers: {caretakers}</source>
        <translation>au guichet&#xa0;: {counter} · par les gardiens&#xa0;: {caretakers}</translation>
    </message>
    <message>
        <source>at the counter: {counter}</source>
        <translation>au guichet&#xa0;: {counter}</translation>
    </message>
    <message>
        <source>Minutes sent to {printer}.</source>
        <translation>Procès-verbal envoyé à {printer}.</translation>
    </message>
    <message>
        <source>New vote…</source>
        <translation>Nouveau vote…</translation>
    </message>
    <message>
        <source>Choose a vote in the list, or prepare one with &quot;New vote…&quot;.</source>
        <translation>Choisissez un vote dans la liste, ou préparez-en un avec «&#xa0;Nouveau vote…&#xa0;».</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Autres actions</translation>
    </message>
    <message>
        <source>New letter for a dwelling…</source>
        <translation>Nouvelle lettre pour un logement…</translation>
    </message>
    <message>
        <source>Change the last day or the place…</source>
        <translation>Modifier la date ou le lieu…</translation>
    </message>
    <message>
        <source>Open the vote…</source>
        <translation>Ouvrir le vote…</translation>
    </message>
    <message>
        <source>Print the invitations…</source>
        <translation>Imprimer les invitations…</translation>
    </message>
    <message>
        <source>Enter a caretaker&apos;s batch…</source>
        <translation>Saisir un lot de gardien…</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>Enter the urn…</source>
        <translation>Saisir l&apos;urne…</translation>
    </message>
    <message>
        <source>Count…</source>
        <translation>Dépouiller…</translation>
    </message>
    <message>
        <source>Print the minutes</source>
        <translation>Imprimer le procès-verbal</translation>
    </message>
    <message>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Batches</source>
        <translation>Lots</translation>
    </message>
    <message>
        <source>Cancel the batch…</source>
        <translation>Annuler le lot…</translation>
    </message>
    <message>
        <source>{sector} — {state}</source>
        <translation>{sector} — {state}</translation>
    </message>
    <message>
        <source>blank vote allowed</source>
        <translation>vote blanc permis</translation>
    </message>
    <message>
        <source>no blank vote</source>
        <translation>pas de vote blanc</translation>
    </message>
    <message>
        <source>paper urn at the counter</source>
        <translation>urne papier à l&apos;accueil</translation>
    </message>
    <message>
        <source>ballots on screen at the counter</source>
        <translation>vote à l&apos;écran à l&apos;accueil</translation>
    </message>
    <message>
        <source>the caretakers collect ballots</source>
        <translation>les gardiens recueillent des bulletins</translation>
    </message>
    <message>
        <source>quorum {percent}</source>
        <translation>quorum {percent}</translation>
    </message>
    <message>
        <source>last day {date}</source>
        <translation>dernier jour le {date}</translation>
    </message>
    <message>
        <source>Check the question and the rules (Change…), then open the vote. Paper urn: no commission passphrase is needed.</source>
        <translation>Vérifiez la question et les règles (Modifier…), puis ouvrez le vote. Urne papier : aucune phrase de passe de commission n&apos;est nécessaire.</translation>
    </message>
    <message>
        <source>Check the question and the rules (Change…), then open the vote with the commission: two or three people, each with their own passphrase.</source>
        <translation>Vérifiez la question et les règles (Modifier…), puis ouvrez le vote avec la commission : deux ou trois personnes, chacune avec sa propre phrase de passe.</translation>
    </message>
    <message>
        <source>Count the vote: the caretakers&apos; batches and the urn are added up and the results published.</source>
        <translation>Dépouillez le vote : les lots des gardiens et l&apos;urne sont additionnés et les résultats publiés.</translation>
    </message>
    <message>
        <source>Vote of {sector} closed. Now count it.</source>
        <translation>Vote de {sector} clos. Dépouillez-le maintenant.</translation>
    </message>
    <message>
        <source>The last day ({date}) is over: close the vote, then count it with the commission.</source>
        <translation>Le dernier jour ({date}) est passé&#xa0;: clôturez le vote, puis dépouillez-le avec la commission.</translation>
    </message>
    <message>
        <source>after {date}</source>
        <translation>après le {date}</translation>
    </message>
    <message>
        <source>after its last day</source>
        <translation>après son dernier jour</translation>
    </message>
    <message>
        <source>Print the invitations; tenants sign at the counter and drop their ballot in the centre&apos;s urn{caretakers}. Close the vote {after}.</source>
        <translation>Imprimez les invitations ; les locataires signent à l&apos;accueil et glissent leur bulletin dans l&apos;urne du centre{caretakers}. Clôturez le vote {after}.</translation>
    </message>
    <message>
        <source>, or give it to their caretaker</source>
        <translation>, ou le remettent à leur gardien</translation>
    </message>
    <message>
        <source>Print the invitations, then the tenants vote at the counter or give their ballot to their caretaker: enter each caretaker&apos;s batch as it comes in. Close the vote {after}.</source>
        <translation>Imprimez les invitations, puis les locataires votent à l&apos;accueil ou remettent leur bulletin à leur gardien&#xa0;: saisissez chaque lot de gardien dès qu&apos;il arrive. Clôturez le vote {after}.</translation>
    </message>
    <message>
        <source>Print the invitations, then the tenants vote at the counter. Close the vote {after}.</source>
        <translation>Imprimez les invitations, puis les locataires votent à l&apos;accueil. Clôturez le vote {after}.</translation>
    </message>
    <message>
        <source>Open the paper urn with a witness, count its ballots and enter them (Enter the urn…); then count the vote with the commission.</source>
        <translation>Ouvrez l&apos;urne papier devant un témoin, comptez ses bulletins et saisissez-les (Saisir l&apos;urne…)&#xa0;; puis dépouillez le vote avec la commission.</translation>
    </message>
    <message>
        <source>Count the vote: both members of the commission, {names}, type their passphrases.</source>
        <translation>Dépouillez le vote&#xa0;: les deux membres de la commission, {names}, tapent leur phrase de passe.</translation>
    </message>
    <message>
        <source>Count the vote: two members of the commission ({names}) type their passphrases.</source>
        <translation>Dépouillez le vote&#xa0;: deux membres de la commission ({names}) tapent leur phrase de passe.</translation>
    </message>
    <message>
        <source>The vote is counted. Print the minutes for the notice board and the landlord, or export the figures for a spreadsheet.</source>
        <translation>Le vote est dépouillé. Imprimez le procès-verbal pour l&apos;affichage et le bailleur, ou exportez les chiffres pour un tableur.</translation>
    </message>
    <message numerus="yes">
        <source>%n dwelling(s) out of {eligible} have voted</source>
        <translation>
            <numerusform>%n logement sur {eligible} a voté</numerusform>
            <numerusform>%n logements sur {eligible} ont voté</numerusform>
        </translation>
    </message>
    <message>
        <source>A wrong batch is cancelled whole, with its reason, while the vote is open (the urn: until the count).</source>
        <translation>Un lot erroné s&apos;annule en entier, avec son motif, tant que le vote est ouvert (l&apos;urne&#xa0;: jusqu&apos;au dépouillement).</translation>
    </message>
    <message>
        <source>Vote prepared for {sector}. Check it, then open it with the commission.</source>
        <translation>Vote préparé pour {sector}. Vérifiez-le, puis ouvrez-le avec la commission.</translation>
    </message>
    <message>
        <source>Vote of {sector} saved.</source>
        <translation>Vote de {sector} enregistré.</translation>
    </message>
    <message>
        <source>Open the vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <source>Open the vote of {sector}? The sector&apos;s dwellings on the roster are invited now. Tenants sign in Guichet and drop a paper ballot in the centre&apos;s urn: Guichet keeps no choice, so no commission passphrase is needed.</source>
        <translation>Ouvrir le vote de {sector} ? Les logements du secteur inscrits sur la liste sont invités dès maintenant. Les locataires signent dans Guichet et glissent un bulletin papier dans l&apos;urne du centre : Guichet ne garde aucun choix, aucune phrase de passe de commission n&apos;est donc nécessaire.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Vote opened: %n dwelling(s) invited. Now print the invitations.</source>
        <translation>
            <numerusform>Vote ouvert&#xa0;: %n logement invité. Imprimez maintenant les invitations.</numerusform>
            <numerusform>Vote ouvert&#xa0;: %n logements invités. Imprimez maintenant les invitations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>Préparation des lettres…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Invitation letters</source>
        <translation>Lettres d&apos;invitation</translation>
    </message>
    <message>
        <source>Preparing the letters: {done} of {total}…</source>
        <translation>Préparation des lettres&#xa0;: {done} sur {total}…</translation>
    </message>
    <message>
        <source>Stopping the letters…</source>
        <translation>Arrêt de la préparation des lettres…</translation>
    </message>
    <message>
        <source>Stopped: no letter was made and no file was written.</source>
        <translation>Arrêté&#xa0;: aucune lettre n&apos;a été préparée, aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) ready.</source>
        <translation>
            <numerusform>%n lettre prête.</numerusform>
            <numerusform>%n lettres prêtes.</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF saved: {file}</source>
        <translation>PDF enregistré&#xa0;: {file}</translation>
    </message>
    <message>
        <source>Sending to {printer}…</source>
        <translation>Envoi à {printer}…</translation>
    </message>
    <message numerus="yes">
        <source>Sent to {printer}: %n page(s).</source>
        <translation>
            <numerusform>Envoyé à {printer}&#xa0;: %n page.</numerusform>
            <numerusform>Envoyé à {printer}&#xa0;: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n page(s) of {total} went to the printer.</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %n page sur {total} est partie à l&apos;imprimante.</numerusform>
            <numerusform>Arrêté&#xa0;: %n pages sur {total} sont parties à l&apos;imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending to {printer}: {done} of {total} pages…</source>
        <translation>Envoi à {printer}&#xa0;: {done} pages sur {total}…</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Nouvelle lettre</translation>
    </message>
    <message>
        <source>Give {ref} a new code? Its old letter will be refused from now on, at the counter and in the caretakers&apos; batches.</source>
        <translation>Donner un nouveau code à {ref}&#xa0;? Son ancienne lettre sera refusée dès maintenant, à l&apos;accueil comme dans les lots des gardiens.</translation>
    </message>
    <message>
        <source>New code and letter</source>
        <translation>Nouveau code et lettre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Batch of {bearer} recorded: %n dwelling(s).</source>
        <translation>
            <numerusform>Lot de {bearer} enregistré&#xa0;: %n logement.</numerusform>
            <numerusform>Lot de {bearer} enregistré&#xa0;: %n logements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Batch cancelled: %n dwelling(s) may vote again.</source>
        <translation>
            <numerusform>Lot annulé&#xa0;: %n logement peut voter de nouveau.</numerusform>
            <numerusform>Lot annulé&#xa0;: %n logements peuvent voter de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Urn count cancelled: enter it again.</source>
        <translation>Décompte de l&apos;urne annulé&#xa0;: saisissez-le de nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Close the vote of {sector}? %n dwelling(s) voted out of {eligible}. No further ballot will be accepted.</source>
        <translation>
            <numerusform>Clore le vote de {sector}&#xa0;? %n logement a voté sur {eligible}. Plus aucun bulletin ne sera accepté.</numerusform>
            <numerusform>Clore le vote de {sector}&#xa0;? %n logements ont voté sur {eligible}. Plus aucun bulletin ne sera accepté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Careful: the letters say tenants may vote until {date}. Close before only if the commission decided so.</source>
        <translation>Attention : les lettres annoncent que les locataires peuvent voter jusqu&apos;au {date}. Ne clôturez avant que si la commission l&apos;a décidé.</translation>
    </message>
    <message>
        <source>Vote of {sector} closed. Now enter the paper urn, then count.</source>
        <translation>Vote de {sector} clos. Saisissez maintenant l&apos;urne papier, puis dépouillez.</translation>
    </message>
    <message numerus="yes">
        <source>Urn recorded: %n ballot(s). Now count the vote.</source>
        <translation>
            <numerusform>Urne enregistrée&#xa0;: %n bulletin. Dépouillez maintenant le vote.</numerusform>
            <numerusform>Urne enregistrée&#xa0;: %n bulletins. Dépouillez maintenant le vote.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vote of {sector} counted: offer adopted.</source>
        <translation>Vote de {sector} dépouillé&#xa0;: offre adoptée.</translation>
    </message>
    <message>
        <source>Vote of {sector} counted: offer not adopted.</source>
        <translation>Vote de {sector} dépouillé&#xa0;: offre non adoptée.</translation>
    </message>
    <message>
        <source>Count the vote</source>
        <translation>Dépouiller le vote</translation>
    </message>
    <message>
        <source>Publish the results of {sector}? The caretakers&apos; batches and the urn are added up; nothing can be entered afterwards.</source>
        <translation>Publier les résultats de {sector} ? Les lots des gardiens et l&apos;urne sont additionnés ; plus rien ne pourra être saisi ensuite.</translation>
    </message>
    <message>
        <source>Publish the results</source>
        <translation>Publier les résultats</translation>
    </message>
    <message>
        <source>Export the results</source>
        <translation>Exporter les résultats</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>Tableur (*.csv)</translation>
    </message>
    <message>
        <source>Results saved in {file}: it opens in a spreadsheet.</source>
        <translation>Résultats enregistrés dans {file}&#xa0;: le fichier s&apos;ouvre dans un tableur.</translation>
    </message>
</context>
<context>
    <name>WorkshopModel</name>
    <message>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message numerus="yes">
        <source>%n registered of {capacity}</source>
        <translation>
            <numerusform>%n inscrit sur {capacity}</numerusform>
            <numerusform>%n inscrits sur {capacity}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
</context>
<context>
    <name>WorkshopsDesk</name>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Visa Internet</source>
        <translation>Visa Internet</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <source>Past workshops</source>
        <translation>Ateliers passés</translation>
    </message>
    <message>
        <source>New workshop…</source>
        <translation>Nouvel atelier…</translation>
    </message>
    <message>
        <source>Scan a slip (or type its 14 digits, then Enter)</source>
        <translation>Scannez un ticket (ou tapez ses 14 chiffres, puis Entrée)</translation>
    </message>
    <message>
        <source>Today&apos;s attendance</source>
        <translation>Présences du jour</translation>
    </message>
    <message>
        <source>Sign someone up…</source>
        <translation>Inscrire quelqu&apos;un…</translation>
    </message>
    <message>
        <source>Cancel the sign-up…</source>
        <translation>Annuler l&apos;inscription…</translation>
    </message>
    <message>
        <source>Reprint the slip</source>
        <translation>Réimprimer</translation>
    </message>
    <message>
        <source>The selected person&apos;s slip, printed again</source>
        <translation>Le ticket de la personne choisie, imprimé de nouveau</translation>
    </message>
    <message>
        <source>Attendance sheet</source>
        <translation>Feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>The names and a column to sign, on A4</source>
        <translation>Les noms et une colonne pour signer, en A4</translation>
    </message>
    <message>
        <source>Cancel the workshop…</source>
        <translation>Annuler l&apos;atelier…</translation>
    </message>
    <message>
        <source>Change the places…</source>
        <translation>Places…</translation>
    </message>
    <message>
        <source>How many people may come: more places move the waiting list up</source>
        <translation>Le nombre de personnes accueillies&#xa0;: des places en plus font sortir la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Cancel one session…</source>
        <translation>Annuler une séance…</translation>
    </message>
    <message>
        <source>Needs…</source>
        <translation>Besoins…</translation>
    </message>
    <message>
        <source>What the selected person would like to learn (the needs survey)</source>
        <translation>Ce que la personne choisie voudrait apprendre (le recueil des besoins)</translation>
    </message>
    <message>
        <source>Slip printed.</source>
        <translation>Ticket imprimé.</translation>
    </message>
    <message>
        <source>Slip printed on {printer}: give it to the person.</source>
        <translation>Ticket imprimé sur {printer}&#xa0;: donnez-le à la personne.</translation>
    </message>
    <message>
        <source>Signed up all the same.</source>
        <translation>Inscription enregistrée quand même.</translation>
    </message>
    <message>
        <source>Not a workshop slip: {code}</source>
        <translation>Ce n&apos;est pas un ticket d&apos;atelier&#xa0;: {code}</translation>
    </message>
    <message>
        <source>Scan the QR code of a workshop slip, or type its 14 digits.</source>
        <translation>Scannez le QR code d&apos;un ticket d&apos;atelier, ou tapez ses 14 chiffres.</translation>
    </message>
    <message>
        <source>Scan ignored</source>
        <translation>Scan ignoré</translation>
    </message>
    <message>
        <source>Close the open window first, then scan again.</source>
        <translation>Fermez d&apos;abord la fenêtre ouverte, puis scannez à nouveau.</translation>
    </message>
    <message>
        <source>No workshop yet: « New workshop… » creates one.</source>
        <translation>Aucun atelier pour l&apos;instant&#xa0;: «&#xa0;Nouvel atelier…&#xa0;» en crée un.</translation>
    </message>
    <message>
        <source>with {name}</source>
        <translation>avec {name}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s): </source>
        <translation>
            <numerusform>%n séance&#xa0;: </numerusform>
            <numerusform>%n séances&#xa0;: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %n person(s) to tell.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n personne à prévenir.</numerusform>
            <numerusform>Annulé&#xa0;: %n personnes à prévenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>No session of this workshop today.</source>
        <translation>Pas de séance de cet atelier aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Today {start}–{end}: tick who is there, or scan the slips.</source>
        <translation>Aujourd&apos;hui {start}–{end}&#xa0;: cochez qui est là, ou scannez les tickets.</translation>
    </message>
    <message>
        <source>Registered ({count})</source>
        <translation>Inscrits ({count})</translation>
    </message>
    <message>
        <source>Waiting ({count})</source>
        <translation>En attente ({count})</translation>
    </message>
    <message>
        <source>Choose a workshop, then « Sign someone up… ».</source>
        <translation>Choisissez un atelier, puis «&#xa0;Inscrire quelqu&apos;un…&#xa0;».</translation>
    </message>
    <message>
        <source>The slip prints at once; scanning it on the day records the attendance.</source>
        <translation>Le ticket s&apos;imprime aussitôt&#xa0;; le scanner le jour venu enregistre la présence.</translation>
    </message>
    <message>
        <source>Refused: nothing was recorded</source>
        <translation>Refusé&#xa0;: rien n&apos;a été enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Workshop created: %n session(s).</source>
        <translation>
            <numerusform>Atelier créé&#xa0;: %n séance.</numerusform>
            <numerusform>Atelier créé&#xa0;: %n séances.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped (public holidays): {days}</source>
        <translation>Sautés (jours fériés)&#xa0;: {days}</translation>
    </message>
    <message>
        <source>e.g. the facilitator is ill</source>
        <translation>p. ex. l&apos;animateur est malade</translation>
    </message>
    <message>
        <source>Cancel the workshop</source>
        <translation>Annuler l&apos;atelier</translation>
    </message>
    <message numerus="yes">
        <source>« {title} » is cancelled with its %n sign-up(s): tell them.</source>
        <translation>
            <numerusform>«&#xa0;{title}&#xa0;» est annulé avec son inscription&#xa0;: prévenez la personne.</numerusform>
            <numerusform>«&#xa0;{title}&#xa0;» est annulé avec ses %n inscriptions&#xa0;: prévenez-les.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Workshop cancelled.</source>
        <translation>Atelier annulé.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) to tell: their names stay listed.</source>
        <translation>
            <numerusform>%n personne à prévenir&#xa0;: son nom reste affiché.</numerusform>
            <numerusform>%n personnes à prévenir&#xa0;: leurs noms restent affichés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs saved for {name}.</source>
        <translation>Besoins enregistrés pour {name}.</translation>
    </message>
    <message>
        <source>Change the places</source>
        <translation>Changer les places</translation>
    </message>
    <message numerus="yes">
        <source>« {title} »: %n person(s) registered. Places added go to the waiting list first, in order.</source>
        <translation>
            <numerusform>«&#xa0;{title}&#xa0;»&#xa0;: %n personne inscrite. Les places ajoutées vont d&apos;abord à la liste d&apos;attente, dans l&apos;ordre.</numerusform>
            <numerusform>«&#xa0;{title}&#xa0;»&#xa0;: %n personnes inscrites. Les places ajoutées vont d&apos;abord à la liste d&apos;attente, dans l&apos;ordre.</numerusform>
        </translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Places changed.</source>
        <translation>Places modifiées.</translation>
    </message>
    <message>
        <source>Moved up from the waiting list: {names}. Tell them.</source>
        <translation>Sortis de la liste d&apos;attente&#xa0;: {names}. Prévenez-les.</translation>
    </message>
    <message>
        <source>Cancel one session</source>
        <translation>Annuler une séance</translation>
    </message>
    <message>
        <source>The other sessions of « {title} » are held; tell the people registered.</source>
        <translation>Les autres séances de «&#xa0;{title}&#xa0;» ont lieu&#xa0;; prévenez les personnes inscrites.</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Cancel this session</source>
        <translation>Annuler cette séance</translation>
    </message>
    <message>
        <source>Session cancelled.</source>
        <translation>Séance annulée.</translation>
    </message>
    <message>
        <source>Tell the people registered.</source>
        <translation>Prévenez les personnes inscrites.</translation>
    </message>
    <message>
        <source>Sign up {name}</source>
        <translation>Inscrire {name}</translation>
    </message>
    <message>
        <source>A workshop for {name}: choose it in the list.</source>
        <translation>Un atelier pour {name}&#xa0;: choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>Then « Sign up {name} »: the slip prints.</source>
        <translation>Puis «&#xa0;Inscrire {name}&#xa0;»&#xa0;: le ticket s&apos;imprime.</translation>
    </message>
    <message>
        <source>{name}: waiting list, {rank}</source>
        <translation>{name}&#xa0;: liste d&apos;attente, {rank}</translation>
    </message>
    <message>
        <source>{name}: registered</source>
        <translation>{name}&#xa0;: inscrit·e</translation>
    </message>
    <message>
        <source>The slip is printing: give it to the person.</source>
        <translation>Le ticket s&apos;imprime&#xa0;: donnez-le à la personne.</translation>
    </message>
    <message>
        <source>e.g. the person phoned</source>
        <translation>p. ex. la personne a téléphoné</translation>
    </message>
    <message>
        <source>The sign-up of {name} will be cancelled; its slip will then be refused if scanned.</source>
        <translation>L&apos;inscription de {name} sera annulée&#xa0;; son ticket sera alors refusé s&apos;il est scanné.</translation>
    </message>
    <message>
        <source>The first person waiting takes the place.</source>
        <translation>La première personne en attente prend la place.</translation>
    </message>
    <message>
        <source>Cancel the sign-up</source>
        <translation>Annuler l&apos;inscription</translation>
    </message>
    <message>
        <source>Sign-up cancelled: {name} moves up from the waiting list</source>
        <translation>Inscription annulée&#xa0;: {name} quitte la liste d&apos;attente et prend la place</translation>
    </message>
    <message>
        <source>Tell {name} ({ref}): the same slip is valid now.</source>
        <translation>Prévenez {name} ({ref})&#xa0;: le même ticket est valable maintenant.</translation>
    </message>
    <message>
        <source>Sign-up cancelled.</source>
        <translation>Inscription annulée.</translation>
    </message>
    <message>
        <source>Slip of {name}</source>
        <translation>Ticket de {name}</translation>
    </message>
    <message>
        <source>The attendance sheet</source>
        <translation>La feuille d&apos;émargement</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance sheet ready</source>
        <translation>Feuille d&apos;émargement prête</translation>
    </message>
    <message>
        <source>{name}: present</source>
        <translation>{name}&#xa0;: présent·e</translation>
    </message>
    <message>
        <source>{name}: not present</source>
        <translation>{name}&#xa0;: absent·e</translation>
    </message>
    <message>
        <source>Slip refused</source>
        <translation>Ticket refusé</translation>
    </message>
    <message>
        <source>{title}, session of {time}; arrival recorded at Accueil.</source>
        <translation>{title}, séance de {time}&#xa0;; arrivée enregistrée à l&apos;Accueil.</translation>
    </message>
</context>
</TS>
