<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <source>Hello, {name}</source>
        <translation>Bonjour, {name}</translation>
    </message>
    <message>
        <source>Signed in as {role}.</source>
        <translation>Connecté(e) en tant que : {role}.</translation>
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
</TS>
