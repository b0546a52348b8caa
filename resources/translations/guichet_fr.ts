<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CounterPage</name>
    <message>
        <source>Search: name, address, door, reference or phone</source>
        <translation>Rechercher : nom, adresse, porte, référence ou téléphone</translation>
    </message>
    <message>
        <source>Code from a slip or card</source>
        <translation>Code d&apos;une convocation ou d&apos;une carte</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>No scanner? Type the code:</source>
        <translation>Pas de lecteur ? Tapez le code :</translation>
    </message>
    <message>
        <source>Mark as served</source>
        <translation>Marquer comme reçu(e)</translation>
    </message>
    <message>
        <source>Walk-in with no record</source>
        <translation>Visiteur sans dossier</translation>
    </message>
    <message>
        <source>Today at the counter</source>
        <translation>Aujourd&apos;hui à l&apos;accueil</translation>
    </message>
    <message>
        <source>Scan ignored: close the open window first, then scan again.</source>
        <translation>Lecture ignorée : fermez d&apos;abord la fenêtre ouverte, puis scannez à nouveau.</translation>
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
        <source>Choose a person in today&apos;s list first.</source>
        <translation>Choisissez d&apos;abord une personne dans la liste du jour.</translation>
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
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>dwellings on the roster</source>
        <translation>logements sur la liste du bailleur</translation>
    </message>
    <message>
        <source>people in the households</source>
        <translation>personnes dans les foyers</translation>
    </message>
    <message>
        <source>sectors</source>
        <translation>secteurs</translation>
    </message>
    <message>
        <source>vote(s) in progress</source>
        <translation>vote(s) en cours</translation>
    </message>
    <message>
        <source>decoders in stock</source>
        <translation>décodeurs en stock</translation>
    </message>
    <message>
        <source>Hello, {name}</source>
        <translation>Bonjour, {name}</translation>
    </message>
    <message>
        <source>Signed in as {role}.</source>
        <translation>Connecté(e) en tant que : {role}.</translation>
    </message>
</context>
<context>
    <name>HouseholdCardView</name>
    <message>
        <source>← Back to the results</source>
        <translation>← Retour aux résultats</translation>
    </message>
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
        <source>Record the arrival</source>
        <translation>Enregistrer l&apos;arrivée</translation>
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
        <source>(nobody on the roster)</source>
        <translation>(personne sur la liste)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
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
        <source>Someone else: switch user</source>
        <translation>Quelqu&apos;un d&apos;autre : changer d&apos;utilisateur</translation>
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
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <source>Close Guichet</source>
        <translation>Fermer Guichet</translation>
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
        <source>Your account may not do this. Ask the coordinator.</source>
        <translation>Votre compte ne permet pas cette action. Demandez à la coordination.</translation>
    </message>
    <message>
        <source>The operation could not be completed.</source>
        <translation>L&apos;opération n&apos;a pas pu être terminée.</translation>
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
        <source>Walk-in (no record)</source>
        <translation>Visiteur sans dossier</translation>
    </message>
    <message>
        <source>served after {minutes} min</source>
        <translation>reçu(e) après {minutes} min</translation>
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
        <source>Household</source>
        <translation>Foyer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
</context>
</TS>
