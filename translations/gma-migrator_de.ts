<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>id %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>no GMA migrations</source>
        <translation>keine GMA-Migrationen</translation>
    </message>
    <message>
        <source>all at %1</source>
        <translation>alle auf %1</translation>
    </message>
    <message>
        <source>✔ Pass</source>
        <translation>✔ Bestanden</translation>
    </message>
    <message>
        <source>✘ Fail</source>
        <translation>✘ Nicht bestanden</translation>
    </message>
    <message>
        <source>– Skipped</source>
        <translation>– Übersprungen</translation>
    </message>
    <message>
        <source>Recorded without running (fake)</source>
        <translation>Eingetragen, ohne auszuführen (fake)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
</context>
<context>
    <name>ReportFile</name>
    <message>
        <source>HTML report (*.html *.htm)</source>
        <translation>HTML-Bericht (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>PDF-Bericht (*.pdf)</translation>
    </message>
    <message>
        <source>CSV, one row per check (*.csv)</source>
        <translation>CSV, eine Zeile je Prüfung (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>gma::Audit</name>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills {it|them} the way the data step did, reversibly.</source>
        <translation>
            <numerusform>%Ln Zeile von %1 hat keinen Ersteller (%2 ohne Bearbeiter), neueste ID %3: nach dem Datenschritt %4 hinzugefügt (Codepfade ohne Benutzer: Skripte, Massenimporte); `gma-migrator-cli fill-audit` füllt sie so, wie es der Datenschritt getan hat, umkehrbar.</numerusform>
            <numerusform>%Ln Zeilen von %1 haben keinen Ersteller (%2 ohne Bearbeiter), neueste ID %3: nach dem Datenschritt %4 hinzugefügt (Codepfade ohne Benutzer: Skripte, Massenimporte); `gma-migrator-cli fill-audit` füllt sie so, wie es der Datenschritt getan hat, umkehrbar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::AuditBrowser</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The table %1 does not exist in this database; connect to a GMA database.</source>
        <translation>Die Tabelle %1 gibt es in dieser Datenbank nicht; verbinden Sie sich mit einer GMA-Datenbank.</translation>
    </message>
</context>
<context>
    <name>gma::BackupManager</name>
    <message>
        <source>%1 already exists: choose another name or remove it first.</source>
        <translation>%1 gibt es schon: Wählen Sie einen anderen Namen oder entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>it is not a folder</source>
        <translation>es ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>The backup could not be read back for its checksum: check the folder %1.</source>
        <translation>Die Sicherung konnte für ihre Prüfsumme nicht zurückgelesen werden: Prüfen Sie den Ordner %1.</translation>
    </message>
    <message>
        <source>The finished backup could not be renamed to %1: check the folder&apos;s permissions.</source>
        <translation>Die fertige Sicherung konnte nicht in %1 umbenannt werden: Prüfen Sie die Berechtigungen des Ordners.</translation>
    </message>
    <message>
        <source>The backup %1 is incomplete (pg_dump&apos;s completion line is missing): take a new one.</source>
        <translation>Die Sicherung %1 ist unvollständig (die Abschlusszeile von pg_dump fehlt): Erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>pg_restore cannot read the backup %1 (%2): take a new one.</source>
        <translation>pg_restore kann die Sicherung %1 nicht lesen (%2): Erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>The backup %1 lists no objects: take a new one.</source>
        <translation>Die Sicherung %1 enthält keine Objekte: Erstellen Sie eine neue.</translation>
    </message>
    <message>
        <source>Cannot read the server&apos;s version: check the connection and try again.</source>
        <translation>Die Version des Servers kann nicht gelesen werden: Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Looking for pg_dump</source>
        <translation>pg_dump wird gesucht</translation>
    </message>
    <message>
        <source>Dumping</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <source>The backup was cancelled; no partial file was left behind.</source>
        <translation>Die Sicherung wurde abgebrochen; es blieb keine halbe Datei zurück.</translation>
    </message>
    <message>
        <source>Verifying</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>The backup was not verified: %1</source>
        <translation>Die Sicherung wurde nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Computing the checksum</source>
        <translation>Prüfsumme berechnen</translation>
    </message>
    <message>
        <source>Recording</source>
        <translation>Eintragen</translation>
    </message>
    <message>
        <source>The backup is complete but could not be added to the catalogue: %1</source>
        <translation>Die Sicherung ist vollständig, konnte aber nicht in den Katalog aufgenommen werden: %1</translation>
    </message>
    <message>
        <source>There is no backup #%1 in the catalogue: list them with `backups`.</source>
        <translation>Im Katalog gibt es keine Sicherung #%1: `backups` listet sie auf.</translation>
    </message>
    <message>
        <source>The backup file %1 no longer exists: take a new backup.</source>
        <translation>Die Sicherungsdatei %1 gibt es nicht mehr: Erstellen Sie eine neue Sicherung.</translation>
    </message>
    <message>
        <source>The backup %1 has changed since it was taken (its SHA-256 differs from the catalogue&apos;s): do not rely on it, take a new backup.</source>
        <translation>Die Sicherung %1 hat sich seit ihrer Erstellung verändert (ihr SHA-256 weicht von dem im Katalog ab): Verlassen Sie sich nicht auf sie, erstellen Sie eine neue Sicherung.</translation>
    </message>
    <message>
        <source>Name the database to restore into (--db NAME or a connection string): a restore never picks its target itself.</source>
        <translation>Nennen Sie die Datenbank, in die wiederhergestellt wird (--db NAME oder eine Verbindungsangabe): Eine Wiederherstellung wählt ihr Ziel nie selbst.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist: check the path (`backups` lists them).</source>
        <translation>Die Sicherung %1 gibt es nicht: Prüfen Sie den Pfad (`backups` listet sie auf).</translation>
    </message>
    <message>
        <source>%1 is not a backup pg_dump wrote: name a .dump, .sql or backup folder.</source>
        <translation>%1 ist keine von pg_dump geschriebene Sicherung: Nennen Sie eine .dump-, .sql-Datei oder einen Sicherungsordner.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; does not exist and the maintenance database postgres cannot be reached to create it: %2</source>
        <translation>Die Datenbank „%1“ gibt es nicht, und die Wartungsdatenbank postgres ist nicht erreichbar, um sie anzulegen: %2</translation>
    </message>
    <message>
        <source>Cannot create the database &quot;%1&quot; (%2): create it yourself or use a role with CREATEDB.</source>
        <translation>Die Datenbank „%1“ kann nicht angelegt werden (%2): Legen Sie sie selbst an oder verwenden Sie eine Rolle mit CREATEDB.</translation>
    </message>
    <message numerus="yes">
        <source>The database &quot;%1&quot; is not empty (%Ln table(s)): pass --clean to replace its contents, or name a new database.</source>
        <translation>
            <numerusform>Die Datenbank „%1“ ist nicht leer (%Ln Tabelle): Geben Sie --clean an, um ihren Inhalt zu ersetzen, oder nennen Sie eine neue Datenbank.</numerusform>
            <numerusform>Die Datenbank „%1“ ist nicht leer (%Ln Tabellen): Geben Sie --clean an, um ihren Inhalt zu ersetzen, oder nennen Sie eine neue Datenbank.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>The restore was cancelled; it ran in one transaction, so &quot;%1&quot; is as it was before.</source>
        <translation>Die Wiederherstellung wurde abgebrochen; sie lief in einer Transaktion, daher ist „%1“ so wie vorher.</translation>
    </message>
</context>
<context>
    <name>gma::BackupNotes</name>
    <message>
        <source>taken with the backup command</source>
        <translation>mit dem Befehl backup erstellt</translation>
    </message>
    <message>
        <source>automatic, before migrate</source>
        <translation>automatisch, vor migrate</translation>
    </message>
    <message>
        <source>automatic, before rollback</source>
        <translation>automatisch, vor rollback</translation>
    </message>
    <message>
        <source>fleet backup</source>
        <translation>Flottensicherung</translation>
    </message>
    <message>
        <source>automatic backup before the fleet run</source>
        <translation>automatische Sicherung vor dem Flottenlauf</translation>
    </message>
    <message>
        <source>for a rehearsal</source>
        <translation>für einen Probelauf</translation>
    </message>
    <message>
        <source>taken from the desktop application</source>
        <translation>aus der Desktop-Anwendung erstellt</translation>
    </message>
    <message>
        <source>taken by the desktop application before a run</source>
        <translation>von der Desktop-Anwendung vor einem Lauf erstellt</translation>
    </message>
</context>
<context>
    <name>gma::Consistency</name>
    <message>
        <source>The live schema cannot be read: %1</source>
        <translation>Das aktuelle Schema lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>%1 is recorded at %2, but %3 has the audit columns of 0003 (its schema is the contract&apos;s at 0004): the schema step ran without being recorded.</source>
        <translation>%1 ist auf %2 eingetragen, aber %3 hat die Audit-Spalten von 0003 (sein Schema ist das des Vertrags bei 0004): Der Schemaschritt lief, ohne eingetragen zu werden.</translation>
    </message>
    <message>
        <source>%1 is recorded at %2, but %3 has the schema of 0002 (no audit columns): the schema step was undone without being unrecorded.</source>
        <translation>%1 ist auf %2 eingetragen, aber %3 hat das Schema von 0002 (keine Audit-Spalten): Der Schemaschritt wurde zurückgenommen, ohne ausgetragen zu werden.</translation>
    </message>
    <message>
        <source>%1 is recorded at %2, but %3 matches neither the contract&apos;s 0002 nor its 0004 schema: its schema step was begun online and interrupted (%4). Running the migration again continues it; dropping what it left brings the table back to 0002 instead.</source>
        <translation>%1 ist auf %2 eingetragen, aber %3 entspricht weder dem Schema des Vertrags bei 0002 noch dem bei 0004: Sein Schemaschritt wurde online begonnen und unterbrochen (%4). Ein erneuter Lauf der Migration setzt ihn fort; das Entfernen der Überreste bringt die Tabelle stattdessen auf 0002 zurück.</translation>
    </message>
    <message>
        <source>%1 is recorded at %2, but %3 matches neither the contract&apos;s 0002 nor its 0004 schema: its schema step was half applied (%4). Dropping what it left brings the table back to 0002; running the migration again then applies it whole.</source>
        <translation>%1 ist auf %2 eingetragen, aber %3 entspricht weder dem Schema des Vertrags bei 0002 noch dem bei 0004: Sein Schemaschritt wurde halb angewendet (%4). Das Entfernen der Überreste bringt die Tabelle auf 0002 zurück; ein erneuter Lauf der Migration wendet ihn dann ganz an.</translation>
    </message>
    <message>
        <source>%1 is recorded at %2, but %3 matches neither the contract&apos;s 0002 nor its 0004 schema: a step was half applied outside the tool (%4). Bring the table to one of them by hand or restore the backup taken before, then record it with --fake.</source>
        <translation>%1 ist auf %2 eingetragen, aber %3 entspricht weder dem Schema des Vertrags bei 0002 noch dem bei 0004: Ein Schritt wurde außerhalb des Werkzeugs halb angewendet (%4). Bringen Sie die Tabelle von Hand auf eines der beiden oder stellen Sie die vorher erstellte Sicherung wieder her, dann tragen Sie es mit --fake ein.</translation>
    </message>
    <message numerus="yes">
        <source>%1.%2 is not recorded, but %Ln batch record(s) of the values it filled in %3 {is|are} in %4: the data step stopped part-way. Running it again finishes it; a rollback sets back exactly those values.</source>
        <translation>
            <numerusform>%1.%2 ist nicht eingetragen, aber %Ln Stapel-Aufzeichnung der Werte, die er in %3 gefüllt hat, liegt in %4: Der Datenschritt hat mittendrin angehalten. Ein erneuter Lauf beendet ihn; ein Zurücksetzen setzt genau diese Werte zurück.</numerusform>
            <numerusform>%1.%2 ist nicht eingetragen, aber %Ln Stapel-Aufzeichnungen der Werte, die er in %3 gefüllt hat, liegen in %4: Der Datenschritt hat mittendrin angehalten. Ein erneuter Lauf beendet ihn; ein Zurücksetzen setzt genau diese Werte zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 as applied without running it: %2 already has its schema. The tool compares the schema with the contract first and refuses if it does not match.</source>
        <translation>%1 als angewendet eintragen, ohne auszuführen: %2 hat sein Schema bereits. Das Werkzeug vergleicht das Schema zuerst mit dem Vertrag und verweigert, wenn es nicht passt.</translation>
    </message>
    <message>
        <source>Record %1 as not applied without running it: %2 no longer has its schema. The tool compares the schema with the contract first and refuses if it does not match.</source>
        <translation>%1 als nicht angewendet eintragen, ohne auszuführen: %2 hat sein Schema nicht mehr. Das Werkzeug vergleicht das Schema zuerst mit dem Vertrag und verweigert, wenn es nicht passt.</translation>
    </message>
    <message>
        <source>Run %1 again: it fills the rows of %2 that are still empty and records the step; what it filled before stays recorded for a rollback.</source>
        <translation>%1 erneut ausführen: Es füllt die noch leeren Zeilen von %2 und trägt den Schritt ein; was vorher gefüllt wurde, bleibt für ein Zurücksetzen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Drop what the half-applied %1 left in %2: its backward statements in one transaction, those with nothing to undo skipped; committed only when %2 then equals the contract&apos;s 0002 schema, otherwise nothing is changed. The record stays at %3.</source>
        <translation>Entfernen, was das halb angewendete %1 in %2 hinterlassen hat: seine Rückwärts-Anweisungen in einer Transaktion, wobei die ohne etwas zum Zurücknehmen übersprungen werden; festgeschrieben nur, wenn %2 danach dem Schema des Vertrags bei 0002 entspricht, sonst wird nichts geändert. Der Eintrag bleibt auf %3.</translation>
    </message>
</context>
<context>
    <name>gma::Database</name>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>The connection string is not valid: %1.</source>
        <translation>Die Verbindungsangabe ist ungültig: %1.</translation>
    </message>
    <message>
        <source>the port &quot;%1&quot; is not a number</source>
        <translation>Der Port „%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>sslmode &quot;%1&quot; is none of %2</source>
        <translation>sslmode „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>%1, %2 (%3 bits)</source>
        <translation>%1, %2 (%3 Bit)</translation>
    </message>
    <message>
        <source>The server refused the password: check the user name and password (or ~/.pgpass) and try again.</source>
        <translation>Der Server hat das Passwort abgelehnt: Prüfen Sie Benutzername und Passwort (oder ~/.pgpass) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database does not exist on that server: check the database name.</source>
        <translation>Die Datenbank gibt es auf diesem Server nicht: Prüfen Sie den Datenbanknamen.</translation>
    </message>
    <message>
        <source>The server cannot be reached: check that PostgreSQL is running and that host and port are right.</source>
        <translation>Der Server ist nicht erreichbar: Prüfen Sie, ob PostgreSQL läuft und ob Host und Port stimmen.</translation>
    </message>
    <message>
        <source>The server does not know that user: check the user name.</source>
        <translation>Der Server kennt diesen Benutzer nicht: Prüfen Sie den Benutzernamen.</translation>
    </message>
    <message>
        <source>The connection failed: %1</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server&apos;s certificate did not pass sslmode=%1: check that sslrootcert names the CA that signed it and that the host name matches the certificate.</source>
        <translation>Das Zertifikat des Servers hat sslmode=%1 nicht bestanden: Prüfen Sie, ob sslrootcert die Zertifizierungsstelle nennt, die es signiert hat, und ob der Hostname zum Zertifikat passt.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate did not pass sslmode=%1: check that sslrootcert names the CA that signed it.</source>
        <translation>Das Zertifikat des Servers hat sslmode=%1 nicht bestanden: Prüfen Sie, ob sslrootcert die Zertifizierungsstelle nennt, die es signiert hat.</translation>
    </message>
    <message>
        <source>The server does not offer encrypted (TLS) connections, but sslmode=%1 requires one: enable ssl on the server or choose another sslmode.</source>
        <translation>Der Server bietet keine verschlüsselten (TLS-)Verbindungen an, sslmode=%1 verlangt aber eine: Schalten Sie ssl auf dem Server ein oder wählen Sie einen anderen sslmode.</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is missing: install libqt6sql6-psql.</source>
        <translation>Der PostgreSQL-Treiber von Qt fehlt: Installieren Sie libqt6sql6-psql.</translation>
    </message>
</context>
<context>
    <name>gma::Demo</name>
    <message>
        <source>The database already has GMA tables (%1): init-demo only builds on an empty database. Create a new database for the demo.</source>
        <translation>Die Datenbank hat bereits GMA-Tabellen (%1): init-demo baut nur auf einer leeren Datenbank auf. Legen Sie für die Demo eine neue Datenbank an.</translation>
    </message>
    <message>
        <source>Building the GMA schema at 0002</source>
        <translation>Das GMA-Schema auf Stand 0002 wird aufgebaut</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 ist fehlgeschlagen: %2</translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer wird hinzugefügt</numerusform>
            <numerusform>%Ln Benutzer werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln campaign(s)</source>
        <translation>
            <numerusform>%Ln Kampagne wird hinzugefügt</numerusform>
            <numerusform>%Ln Kampagnen werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln character(s)</source>
        <translation>
            <numerusform>%Ln Charakter wird hinzugefügt</numerusform>
            <numerusform>%Ln Charaktere werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln item(s)</source>
        <translation>
            <numerusform>%Ln Gegenstand wird hinzugefügt</numerusform>
            <numerusform>%Ln Gegenstände werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %Ln location(s)</source>
        <translation>
            <numerusform>%Ln Ort wird hinzugefügt</numerusform>
            <numerusform>%Ln Orte werden hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>Analyzing</source>
        <translation>Analysieren</translation>
    </message>
</context>
<context>
    <name>gma::DemoCluster</name>
    <message>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found: install postgresql-15 or set GMA_PG_BIN to their folder.</source>
        <translation>Die PostgreSQL-Serverprogramme (initdb, pg_ctl) wurden nicht gefunden: Installieren Sie postgresql-15 oder setzen Sie GMA_PG_BIN auf ihren Ordner.</translation>
    </message>
    <message>
        <source>Running as root needs a &apos;postgres&apos; system user to run the demo server: install postgresql-15 or start the application as an ordinary user.</source>
        <translation>Als root braucht der Demo-Server einen Systembenutzer „postgres“: Installieren Sie postgresql-15 oder starten Sie die Anwendung als gewöhnlicher Benutzer.</translation>
    </message>
    <message>
        <source>Could not create a temporary folder for the demo server: check the space and permissions of %1.</source>
        <translation>Für den Demo-Server konnte kein temporärer Ordner angelegt werden: Prüfen Sie Platz und Berechtigungen von %1.</translation>
    </message>
    <message>
        <source>Could not hand the demo folder %1 to the postgres user.</source>
        <translation>Der Demo-Ordner %1 konnte nicht dem Benutzer postgres übergeben werden.</translation>
    </message>
    <message>
        <source>Creating a throwaway PostgreSQL cluster in %1...</source>
        <translation>Ein Wegwerf-Cluster von PostgreSQL wird in %1 angelegt …</translation>
    </message>
    <message>
        <source>initdb could not create the demo cluster: %1</source>
        <translation>initdb konnte den Demo-Cluster nicht anlegen: %1</translation>
    </message>
    <message>
        <source>No free loopback port was found for the demo server.</source>
        <translation>Für den Demo-Server wurde kein freier Loopback-Port gefunden.</translation>
    </message>
    <message>
        <source>Starting the demo server on port %1...</source>
        <translation>Der Demo-Server wird auf Port %1 gestartet …</translation>
    </message>
    <message>
        <source>The demo server did not start: %1</source>
        <translation>Der Demo-Server ist nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Could not create the demo database: %1</source>
        <translation>Die Demo-Datenbank konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Building demo data (%1 rows per model)...</source>
        <translation>Demo-Daten werden aufgebaut (%1 Zeilen je Modell) …</translation>
    </message>
    <message>
        <source>Demo database ready: %1 characters, %2 items, %3 locations (%4).</source>
        <translation>Demo-Datenbank bereit: %1 Charaktere, %2 Gegenstände, %3 Orte (%4).</translation>
    </message>
</context>
<context>
    <name>gma::Deploy</name>
    <message>
        <source>expected a setting such as &quot;before = &lt;command&gt;&quot;.</source>
        <translation>erwartet wurde eine Einstellung wie „before = &lt;Befehl&gt;“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a command.</source>
        <translation>„%1“ braucht einen Befehl.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a duration such as 15min, 90s or 500ms, not &quot;%2&quot;.</source>
        <translation>„%1“ braucht eine Dauer wie 15min, 90s oder 500ms, nicht „%2“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is yes or no, not &quot;%2&quot;.</source>
        <translation>„%1“ ist yes oder no, nicht „%2“.</translation>
    </message>
    <message>
        <source>unknown setting &quot;%1&quot;; a profile knows window, timeout, before, after, failure, backup and vacuum.</source>
        <translation>unbekannte Einstellung „%1“; ein Profil kennt window, timeout, before, after, failure, backup und vacuum.</translation>
    </message>
    <message>
        <source>The deployment profile %1 cannot be read: %2.</source>
        <translation>Das Bereitstellungsprofil %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>There is no deployment profile %1: write one with deploy --init-profile.</source>
        <translation>Es gibt kein Bereitstellungsprofil %1: Schreiben Sie eines mit deploy --init-profile.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created: choose a writable folder.</source>
        <translation>Der Ordner von %1 kann nicht angelegt werden: Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>The deployment profile %1 cannot be written: %2.</source>
        <translation>Das Bereitstellungsprofil %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The command %1 could not be started: %2.</source>
        <translation>Der Befehl %1 konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <source>The command %1 did not finish within %2 and was stopped, with what it started.</source>
        <translation>Der Befehl %1 wurde nicht innerhalb von %2 fertig und wurde samt dem, was er gestartet hat, angehalten.</translation>
    </message>
    <message>
        <source>The command %1 was stopped: the deployment was cancelled.</source>
        <translation>Der Befehl %1 wurde angehalten: Die Bereitstellung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The command %1 was ended by a signal.</source>
        <translation>Der Befehl %1 wurde durch ein Signal beendet.</translation>
    </message>
    <message>
        <source>The command %1 ended with exit code %2.</source>
        <translation>Der Befehl %1 endete mit dem Exit-Code %2.</translation>
    </message>
    <message>
        <source>The command %1 ended with exit code %2: %3</source>
        <translation>Der Befehl %1 endete mit dem Exit-Code %2: %3</translation>
    </message>
    <message>
        <source>no result</source>
        <translation>kein Ergebnis</translation>
    </message>
</context>
<context>
    <name>gma::DeployFlow</name>
    <message>
        <source>The deployment was cancelled.</source>
        <translation>Die Bereitstellung wurde abgebrochen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln command(s) succeeded</source>
        <translation>
            <numerusform>%Ln Befehl erfolgreich</numerusform>
            <numerusform>%Ln Befehle erfolgreich</numerusform>
        </translation>
    </message>
    <message>
        <source>the preflight refused the migration; nothing was changed</source>
        <translation>die Vorabprüfung hat die Migration abgelehnt; nichts wurde verändert</translation>
    </message>
    <message>
        <source>the profile says backup = no</source>
        <translation>das Profil sagt backup = no</translation>
    </message>
    <message>
        <source>the backup failed; nothing was changed</source>
        <translation>die Sicherung ist fehlgeschlagen; nichts wurde verändert</translation>
    </message>
    <message>
        <source>cancelled before the migration; nothing was changed</source>
        <translation>vor der Migration abgebrochen; nichts wurde verändert</translation>
    </message>
    <message>
        <source>the maintenance window (%1) was used up before the migration started; nothing was migrated</source>
        <translation>das Wartungsfenster (%1) war aufgebraucht, bevor die Migration begann; nichts wurde migriert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) applied</source>
        <translation>
            <numerusform>%Ln Schritt angewendet</numerusform>
            <numerusform>%Ln Schritte angewendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, VACUUM (ANALYZE) of %2 of %Ln table(s)</source>
        <translation>
            <numerusform>%1, VACUUM (ANALYZE) von %2 von %Ln Tabelle</numerusform>
            <numerusform>%1, VACUUM (ANALYZE) von %2 von %Ln Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; it ran past the maintenance window</source>
        <translation>%1; sie lief über das Wartungsfenster hinaus</translation>
    </message>
    <message>
        <source>created_by_id is NULL in rows of %1 (expected 0)</source>
        <translation>created_by_id ist NULL in Zeilen von %1 (erwartet: 0)</translation>
    </message>
    <message>
        <source>no row without created_by_id</source>
        <translation>keine Zeile ohne created_by_id</translation>
    </message>
    <message>
        <source>validation failed: %1</source>
        <translation>Validierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>back at 0002, as before the deployment</source>
        <translation>zurück bei 0002, wie vor der Bereitstellung</translation>
    </message>
    <message>
        <source>the rollback did not finish: %1</source>
        <translation>das Zurückrollen wurde nicht fertig: %1</translation>
    </message>
    <message>
        <source>%1 of the %2 window</source>
        <translation>%1 des Fensters von %2</translation>
    </message>
    <message>
        <source>Deployed: the migration was applied and verified in %1.</source>
        <translation>Bereitgestellt: Die Migration wurde in %1 angewendet und geprüft.</translation>
    </message>
    <message>
        <source>Not deployed: the %1 stage failed; the database was not changed (%2).</source>
        <translation>Nicht bereitgestellt: Die Stufe %1 ist fehlgeschlagen; die Datenbank wurde nicht verändert (%2).</translation>
    </message>
    <message>
        <source>Not deployed: the %1 stage failed and the migration was rolled back (%2).</source>
        <translation>Nicht bereitgestellt: Die Stufe %1 ist fehlgeschlagen und die Migration wurde zurückgerollt (%2).</translation>
    </message>
    <message>
        <source>Not deployed: the migration failed; what it committed is kept and running the deployment again continues it, or roll back (%1).</source>
        <translation>Nicht bereitgestellt: Die Migration ist fehlgeschlagen; was sie festgeschrieben hat, bleibt erhalten, und ein erneuter Lauf der Bereitstellung setzt sie fort – oder rollen Sie zurück (%1).</translation>
    </message>
    <message>
        <source>Deployed with a failure: the migration was applied, but the %1 stage failed (%2).</source>
        <translation>Mit einem Fehler bereitgestellt: Die Migration wurde angewendet, aber die Stufe %1 ist fehlgeschlagen (%2).</translation>
    </message>
</context>
<context>
    <name>gma::Executor</name>
    <message>
        <source>a session that has since let go</source>
        <translation>eine Sitzung, die inzwischen losgelassen hat</translation>
    </message>
    <message>
        <source>Waiting for a lock on %1, held by %2 (attempt %3 of %4).</source>
        <translation>Warte auf eine Sperre für %1, gehalten von %2 (Versuch %3 von %4).</translation>
    </message>
    <message>
        <source>The run could not be recorded in %1: the connection to the server was lost.</source>
        <translation>Der Lauf konnte nicht in %1 aufgezeichnet werden: Die Verbindung zum Server ist abgebrochen.</translation>
    </message>
    <message>
        <source>Could not record the run in %1: %2</source>
        <translation>Der Lauf konnte nicht in %1 aufgezeichnet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Could not lock %1 after %Ln attempt(s); it is held by another session. Nothing was changed: retry when that session has finished.</source>
        <translation>
            <numerusform>%1 konnte nach %Ln Versuch nicht gesperrt werden; die Sperre hält eine andere Sitzung. Nichts wurde geändert: Versuchen Sie es erneut, wenn diese Sitzung fertig ist.</numerusform>
            <numerusform>%1 konnte nach %Ln Versuchen nicht gesperrt werden; die Sperre hält eine andere Sitzung. Nichts wurde geändert: Versuchen Sie es erneut, wenn diese Sitzung fertig ist.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not lock %1 after %Ln attempt(s); it is held by %2. Nothing was changed: retry when that session has finished.</source>
        <translation>
            <numerusform>%1 konnte nach %Ln Versuch nicht gesperrt werden; die Sperre hält %2. Nichts wurde geändert: Versuchen Sie es erneut, wenn diese Sitzung fertig ist.</numerusform>
            <numerusform>%1 konnte nach %Ln Versuchen nicht gesperrt werden; die Sperre hält %2. Nichts wurde geändert: Versuchen Sie es erneut, wenn diese Sitzung fertig ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>a statement ran longer than the statement timeout (%1, --statement-timeout) and was cancelled</source>
        <translation>eine Anweisung lief länger als das Anweisungs-Timeout (%1, --statement-timeout) und wurde abgebrochen</translation>
    </message>
    <message>
        <source>A deadlock with another session cancelled the work on %1; it is tried again (attempt %2 of %3).</source>
        <translation>Ein Deadlock mit einer anderen Sitzung hat die Arbeit an %1 abgebrochen; sie wird erneut versucht (Versuch %2 von %3).</translation>
    </message>
    <message>
        <source>%1 was left half done by an interrupted online run: it is continued online.</source>
        <translation>%1 wurde von einem unterbrochenen Online-Lauf halb erledigt hinterlassen: Es wird online fortgesetzt.</translation>
    </message>
    <message>
        <source>Cancelled before %1 started; it was not applied.</source>
        <translation>Abgebrochen, bevor %1 begann; es wurde nicht angewendet.</translation>
    </message>
    <message>
        <source>Cancelled: %1 was rolled back and is not unapplied.</source>
        <translation>Abgebrochen: %1 wurde zurückgerollt und ist nicht zurückgenommen.</translation>
    </message>
    <message>
        <source>Cancelled: %1 was rolled back and is not applied.</source>
        <translation>Abgebrochen: %1 wurde zurückgerollt und ist nicht angewendet.</translation>
    </message>
    <message>
        <source>Cancelled while waiting for a lock; %1 was not changed.</source>
        <translation>Abgebrochen beim Warten auf eine Sperre; %1 wurde nicht geändert.</translation>
    </message>
    <message>
        <source>In %1, %2; the step was rolled back and is not unapplied: run it again with a longer statement timeout.</source>
        <translation>In %1: %2; der Schritt wurde zurückgerollt und ist nicht zurückgenommen: Führen Sie ihn mit einem längeren Anweisungs-Timeout erneut aus.</translation>
    </message>
    <message>
        <source>In %1, %2; the step was rolled back and is not applied: run it again with a longer statement timeout.</source>
        <translation>In %1: %2; der Schritt wurde zurückgerollt und ist nicht angewendet: Führen Sie ihn mit einem längeren Anweisungs-Timeout erneut aus.</translation>
    </message>
    <message>
        <source>%1 failed and was rolled back: %2</source>
        <translation>%1 ist fehlgeschlagen und wurde zurückgerollt: %2</translation>
    </message>
    <message>
        <source>%1 could not be unrecorded: %2</source>
        <translation>%1 konnte nicht ausgetragen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be recorded: %2</source>
        <translation>%1 konnte nicht eingetragen werden: %2</translation>
    </message>
    <message>
        <source>The contract has no schema for %1 at %2, so the drift check cannot confirm that the live schema matches what would be recorded: compare it by hand, then record it with --force.</source>
        <translation>Der Vertrag hat kein Schema für %1 bei %2, daher kann die Abweichungsprüfung nicht bestätigen, dass das aktuelle Schema dem entspricht, was eingetragen würde: Vergleichen Sie es von Hand, dann tragen Sie es mit --force ein.</translation>
    </message>
    <message>
        <source>zero</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The server accepts no changes on this connection (it is a hot standby, or default_transaction_read_only is on), so nothing was changed: connect to the primary server, or turn default_transaction_read_only off for the run.</source>
        <translation>Der Server nimmt über diese Verbindung keine Änderungen an (er ist ein Hot Standby, oder default_transaction_read_only ist eingeschaltet), daher wurde nichts geändert: Verbinden Sie sich mit dem Primärserver, oder schalten Sie default_transaction_read_only für den Lauf aus.</translation>
    </message>
    <message>
        <source>The plan names %1, which this tool does not define.</source>
        <translation>Der Plan nennt %1, das dieses Werkzeug nicht definiert.</translation>
    </message>
    <message>
        <source>Cancelled before %1; nothing was changed.</source>
        <translation>Abgebrochen vor %1; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The recorded migrations cannot be read, so nothing was changed: %1</source>
        <translation>Die eingetragenen Migrationen lassen sich nicht lesen, daher wurde nichts geändert: %1</translation>
    </message>
    <message>
        <source>The plan no longer fits the database: %1 is already recorded as applied in django_migrations (another run or tool changed it since the plan was made). Nothing was changed: read the state again and plan anew.</source>
        <translation>Der Plan passt nicht mehr zur Datenbank: %1 ist in django_migrations bereits als angewendet eingetragen (ein anderer Lauf oder ein anderes Werkzeug hat das geändert, seit der Plan erstellt wurde). Nichts wurde geändert: Lesen Sie den Stand neu und planen Sie neu.</translation>
    </message>
    <message>
        <source>The plan no longer fits the database: %1 is not recorded as applied in django_migrations (another run or tool changed it since the plan was made). Nothing was changed: read the state again and plan anew.</source>
        <translation>Der Plan passt nicht mehr zur Datenbank: %1 ist in django_migrations nicht als angewendet eingetragen (ein anderer Lauf oder ein anderes Werkzeug hat das geändert, seit der Plan erstellt wurde). Nichts wurde geändert: Lesen Sie den Stand neu und planen Sie neu.</translation>
    </message>
    <message>
        <source>--online cannot be rehearsed with --dry-run: CREATE INDEX CONCURRENTLY cannot run inside the rehearsal&apos;s one transaction. Rehearse without --online, or run online on a copy.</source>
        <translation>--online lässt sich nicht mit --dry-run proben: CREATE INDEX CONCURRENTLY kann nicht in der einen Transaktion des Probelaufs laufen. Proben Sie ohne --online, oder laufen Sie online auf einer Kopie.</translation>
    </message>
    <message>
        <source>No monitoring baseline was taken before the run (%1); the run goes on.</source>
        <translation>Vor dem Lauf wurde keine Überwachungs-Ausgangsmessung erstellt (%1); der Lauf geht weiter.</translation>
    </message>
    <message>
        <source>the live schema does not match the contract&apos;s schema for the state it would record (%1)</source>
        <translation>das aktuelle Schema entspricht nicht dem Schema des Vertrags für den Stand, der eingetragen würde (%1)</translation>
    </message>
    <message>
        <source>Refusing to fake: %1, so nothing was recorded. Bring the schema there first, or record it anyway with --force.</source>
        <translation>Eintragen ohne Ausführen verweigert: %1, daher wurde nichts eingetragen. Bringen Sie das Schema zuerst dorthin, oder tragen Sie es trotzdem mit --force ein.</translation>
    </message>
    <message>
        <source>Warning: recording without a matching schema (--force): %1.</source>
        <translation>Warnung: Eintrag ohne passendes Schema (--force): %1.</translation>
    </message>
    <message>
        <source>Cancelled before %1; the steps before it are done.</source>
        <translation>Abgebrochen vor %1; die Schritte davor sind erledigt.</translation>
    </message>
    <message>
        <source>%1 stopped: %2 What the plan committed before it is kept, and running the plan again continues from there.</source>
        <translation>%1 hat angehalten: %2 Was der Plan davor festgeschrieben hat, bleibt erhalten, und ein erneuter Lauf des Plans setzt dort fort.</translation>
    </message>
    <message>
        <source>Not run: the run was cancelled; run VACUUM (ANALYZE) %1 later.</source>
        <translation>Nicht ausgeführt: Der Lauf wurde abgebrochen; führen Sie VACUUM (ANALYZE) %1 später aus.</translation>
    </message>
    <message>
        <source>another session held a conflicting lock longer than the lock timeout (%1 ms)</source>
        <translation>eine andere Sitzung hielt eine widersprechende Sperre länger als das Sperr-Timeout (%1 ms)</translation>
    </message>
    <message>
        <source>it was cancelled</source>
        <translation>es wurde abgebrochen</translation>
    </message>
    <message>
        <source>it ran longer than the statement timeout (%1)</source>
        <translation>es lief länger als das Anweisungs-Timeout (%1)</translation>
    </message>
    <message>
        <source>VACUUM (ANALYZE) %1 did not finish (%2); the migration is not affected: run it later.</source>
        <translation>VACUUM (ANALYZE) %1 wurde nicht fertig (%2); die Migration ist davon nicht betroffen: Führen Sie es später aus.</translation>
    </message>
    <message>
        <source>VACUUM (ANALYZE) %1 took %2.</source>
        <translation>VACUUM (ANALYZE) %1 dauerte %2.</translation>
    </message>
    <message>
        <source>%1 stopped after waiting %2 before its next batch, because %3 (earlier batches are kept; run it again once that has passed, or raise --max-throttle-wait).</source>
        <translation>%1 hat angehalten, nachdem es %2 vor seinem nächsten Stapel gewartet hat, weil %3 (frühere Stapel bleiben; führen Sie es erneut aus, wenn das vorbei ist, oder erhöhen Sie --max-throttle-wait).</translation>
    </message>
    <message>
        <source>%1 cannot run: %2 lacks the audit columns (apply the schema step first).</source>
        <translation>%1 kann nicht laufen: %2 fehlen die Audit-Spalten (wenden Sie zuerst den Schemaschritt an).</translation>
    </message>
    <message>
        <source>A batch of %1 failed and was rolled back (earlier batches are kept; a rerun continues): %2</source>
        <translation>Ein Stapel von %1 ist fehlgeschlagen und wurde zurückgerollt (frühere Stapel bleiben; ein erneuter Lauf setzt fort): %2</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled at a batch boundary: %Ln late row(s) of %1 {is|are} filled (recorded, so a rollback of %2 sets them back); run fill-audit again to fill the rest.</source>
        <translation>
            <numerusform>An einer Stapelgrenze abgebrochen: %Ln späte Zeile von %1 ist gefüllt (aufgezeichnet, sodass ein Zurücksetzen von %2 sie zurücksetzt); führen Sie fill-audit erneut aus, um den Rest zu füllen.</numerusform>
            <numerusform>An einer Stapelgrenze abgebrochen: %Ln späte Zeilen von %1 sind gefüllt (aufgezeichnet, sodass ein Zurücksetzen von %2 sie zurücksetzt); führen Sie fill-audit erneut aus, um den Rest zu füllen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled at a batch boundary: %Ln row(s) of %1 {is|are} filled, %2 is not recorded as applied; run migrate again to finish.</source>
        <translation>
            <numerusform>An einer Stapelgrenze abgebrochen: %Ln Zeile von %1 ist gefüllt, %2 ist nicht als angewendet eingetragen; führen Sie migrate erneut aus, um fertig zu werden.</numerusform>
            <numerusform>An einer Stapelgrenze abgebrochen: %Ln Zeilen von %1 sind gefüllt, %2 ist nicht als angewendet eingetragen; führen Sie migrate erneut aus, um fertig zu werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not set the session back after filling %1: %2</source>
        <translation>Die Sitzung ließ sich nach dem Füllen von %1 nicht zurückstellen: %2</translation>
    </message>
    <message>
        <source>Could not record %1: %2</source>
        <translation>%1 konnte nicht eingetragen werden: %2</translation>
    </message>
    <message>
        <source>%1: no record of filled values (applied outside this tool); audit values stay as they are.</source>
        <translation>%1: keine Aufzeichnung gefüllter Werte (außerhalb dieses Werkzeugs angewendet); die Audit-Werte bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Setting back a batch of %1 failed and was rolled back (the batches set back before are kept; a rerun of the rollback continues): %2</source>
        <translation>Das Zurücksetzen eines Stapels von %1 ist fehlgeschlagen und wurde zurückgerollt (die vorher zurückgesetzten Stapel bleiben; ein erneutes Zurücksetzen setzt fort): %2</translation>
    </message>
    <message>
        <source>Cancelled at a batch boundary: %1 is still recorded as applied; run the rollback again to finish.</source>
        <translation>An einer Stapelgrenze abgebrochen: %1 ist noch als angewendet eingetragen; führen Sie das Zurücksetzen erneut aus, um fertig zu werden.</translation>
    </message>
    <message>
        <source>Could not record %1 as unapplied: %2</source>
        <translation>%1 konnte nicht als nicht angewendet eingetragen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a data step: late rows are filled by a data step.</source>
        <translation>%1 ist kein Datenschritt: Späte Zeilen füllt ein Datenschritt.</translation>
    </message>
    <message>
        <source>%1 is not recorded as applied, so its NULLs are not late rows: migrate runs it.</source>
        <translation>%1 ist nicht als angewendet eingetragen, daher sind seine NULL-Werte keine späten Zeilen: migrate führt es aus.</translation>
    </message>
    <message>
        <source>Cancelled before filling late rows; nothing was changed.</source>
        <translation>Abgebrochen vor dem Füllen später Zeilen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Cancelled before %1 started; it was not unapplied.</source>
        <translation>Abgebrochen, bevor %1 begann; es wurde nicht zurückgenommen.</translation>
    </message>
    <message>
        <source>%1 was not started: %2</source>
        <translation>%1 wurde nicht begonnen: %2</translation>
    </message>
    <message>
        <source>%1 stopped at %2: %3. None of its statements is done; the step is not recorded: run it again (online or not) to finish it.</source>
        <translation>%1 hat bei %2 angehalten: %3. Keine seiner Anweisungen ist erledigt; der Schritt ist nicht eingetragen: Führen Sie ihn erneut aus (online oder nicht), um ihn fertigzustellen.</translation>
    </message>
    <message>
        <source>%1 stopped at %2: %3. None of its statements is done; the step is still recorded as applied: run it again (online or not) to finish it.</source>
        <translation>%1 hat bei %2 angehalten: %3. Keine seiner Anweisungen ist erledigt; der Schritt ist noch als angewendet eingetragen: Führen Sie ihn erneut aus (online oder nicht), um ihn fertigzustellen.</translation>
    </message>
    <message>
        <source>%1 stopped at %2: %3. Statements 1 to %4 are done and stay; the step is not recorded: run it again (online or not) to finish it.</source>
        <translation>%1 hat bei %2 angehalten: %3. Die Anweisungen 1 bis %4 sind erledigt und bleiben; der Schritt ist nicht eingetragen: Führen Sie ihn erneut aus (online oder nicht), um ihn fertigzustellen.</translation>
    </message>
    <message>
        <source>%1 stopped at %2: %3. Statements 1 to %4 are done and stay; the step is still recorded as applied: run it again (online or not) to finish it.</source>
        <translation>%1 hat bei %2 angehalten: %3. Die Anweisungen 1 bis %4 sind erledigt und bleiben; der Schritt ist noch als angewendet eingetragen: Führen Sie ihn erneut aus (online oder nicht), um ihn fertigzustellen.</translation>
    </message>
    <message>
        <source>online statement %1 of %2 (%3)</source>
        <translation>Online-Anweisung %1 von %2 (%3)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>could not lock %1 within %2 ms after %Ln attempt(s); it is held by another session</source>
        <translation>
            <numerusform>%1 konnte nach %Ln Versuch nicht innerhalb von %2 ms gesperrt werden; die Sperre hält eine andere Sitzung</numerusform>
            <numerusform>%1 konnte nach %Ln Versuchen nicht innerhalb von %2 ms gesperrt werden; die Sperre hält eine andere Sitzung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>could not lock %1 within %2 ms after %Ln attempt(s); it is held by %3</source>
        <translation>
            <numerusform>%1 konnte nach %Ln Versuch nicht innerhalb von %2 ms gesperrt werden; die Sperre hält %3</numerusform>
            <numerusform>%1 konnte nach %Ln Versuchen nicht innerhalb von %2 ms gesperrt werden; die Sperre hält %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Already done by an earlier online run, skipped: %1</source>
        <translation>Bereits von einem früheren Online-Lauf erledigt, übersprungen: %1</translation>
    </message>
    <message>
        <source>Dropped the INVALID index %1 an interrupted build left; it is built again.</source>
        <translation>Der INVALID-Index %1, den ein unterbrochener Aufbau hinterließ, wurde entfernt; er wird neu aufgebaut.</translation>
    </message>
    <message>
        <source>%1: all its online statements are done, but it could not be unrecorded (%2): run it again to record it.</source>
        <translation>%1: Alle seine Online-Anweisungen sind erledigt, aber es konnte nicht ausgetragen werden (%2): Führen Sie es erneut aus, um es einzutragen.</translation>
    </message>
    <message>
        <source>%1: all its online statements are done, but it could not be recorded (%2): run it again to record it.</source>
        <translation>%1: Alle seine Online-Anweisungen sind erledigt, aber es konnte nicht eingetragen werden (%2): Führen Sie es erneut aus, um es einzutragen.</translation>
    </message>
    <message>
        <source>%1 is not a schema step: there is nothing half applied to drop.</source>
        <translation>%1 ist kein Schemaschritt: Es gibt nichts halb Angewendetes zu entfernen.</translation>
    </message>
    <message>
        <source>Nothing to undo: %1</source>
        <translation>Nichts zurückzunehmen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: dropped what it left in %2 (%Ln statement(s) ran, %3 had nothing to undo); %2 now has the contract&apos;s %4 schema.</source>
        <translation>
            <numerusform>%1: entfernt, was es in %2 hinterlassen hat (%Ln Anweisung ausgeführt, %3 hatten nichts zurückzunehmen); %2 hat jetzt das Schema %4 des Vertrags.</numerusform>
            <numerusform>%1: entfernt, was es in %2 hinterlassen hat (%Ln Anweisungen ausgeführt, %3 hatten nichts zurückzunehmen); %2 hat jetzt das Schema %4 des Vertrags.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the repair was rolled back; %1 is as it was.</source>
        <translation>Abgebrochen: Die Reparatur wurde zurückgerollt; %1 ist, wie es war.</translation>
    </message>
    <message>
        <source>Repairing %1 failed: %2.</source>
        <translation>Die Reparatur von %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>%1 names column &apos;%2&apos;, which %3 does not fill; the bookkeeping was changed by hand.</source>
        <translation>%1 nennt die Spalte „%2“, die %3 nicht füllt; die Buchführung wurde von Hand geändert.</translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2 is locked by %3</source>
        <translation>%1 ließ sich nicht vorbereiten: %2 ist gesperrt von %3</translation>
    </message>
    <message>
        <source>%1 could not be prepared: %2</source>
        <translation>%1 ließ sich nicht vorbereiten: %2</translation>
    </message>
    <message>
        <source>the application kept changing the same rows; run migrate again</source>
        <translation>die Anwendung hat dieselben Zeilen immer wieder geändert; führen Sie migrate erneut aus</translation>
    </message>
    <message>
        <source>after dropping what it left, %1 still differs from the contract&apos;s %2 schema (%3), so the repair was rolled back: bring the table to 0002 by hand or restore the backup taken before</source>
        <translation>nach dem Entfernen dessen, was zurückblieb, weicht %1 noch vom Schema %2 des Vertrags ab (%3), daher wurde die Reparatur zurückgerollt: Bringen Sie die Tabelle von Hand auf 0002 oder stellen Sie die vorher erstellte Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1: its values go with the columns that the reverse of %2 drops later in this run, in the same transaction that records both as unapplied; nothing is set back row by row.</source>
        <translation>%1: Seine Werte gehen mit den Spalten, die das Zurücknehmen von %2 später in diesem Lauf entfernt, in derselben Transaktion, die beide als nicht angewendet einträgt; nichts wird Zeile für Zeile zurückgesetzt.</translation>
    </message>
    <message>
        <source>%1 stays applied with the values it filled: the run stopped before the reverse that drops its columns; run the rollback again to finish.</source>
        <translation>%1 bleibt mit den gefüllten Werten angewendet: Der Lauf hielt vor dem Zurücknehmen an, das seine Spalten entfernt; führen Sie das Zurücksetzen erneut aus, um es abzuschließen.</translation>
    </message>
</context>
<context>
    <name>gma::FleetReports</name>
    <message numerus="yes">
        <source>%Ln target(s) from %1 · generated %2 by GMA Migrator %3</source>
        <translation>
            <numerusform>%Ln Ziel aus %1 · erstellt am %2 von GMA Migrator %3</numerusform>
            <numerusform>%Ln Ziele aus %1 · erstellt am %2 von GMA Migrator %3</numerusform>
        </translation>
    </message>
    <message>
        <source>the targets file</source>
        <translation>der Zieldatei</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>1 target: %1.</source>
        <translation>1 Ziel: %1.</translation>
    </message>
    <message>
        <source>%1 targets: %2.</source>
        <translation>%1 Ziele: %2.</translation>
    </message>
    <message>
        <source>The targets file names no database.</source>
        <translation>Die Zieldatei nennt keine Datenbank.</translation>
    </message>
    <message numerus="yes">
        <source>All %Ln target(s) passed validation.</source>
        <translation>
            <numerusform>Das eine Ziel hat die Validierung bestanden.</numerusform>
            <numerusform>Alle %Ln Ziele haben die Validierung bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 targets did not pass: %3.</source>
        <translation>%1 von %2 Zielen haben nicht bestanden: %3.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Target %1 · %2</source>
        <translation>Ziel %1 · %2</translation>
    </message>
    <message>
        <source>Not validated (%1): %2</source>
        <translation>Nicht validiert (%1): %2</translation>
    </message>
    <message>
        <source>no report.</source>
        <translation>kein Bericht.</translation>
    </message>
    <message>
        <source>Cannot write %1: name the report .html, .csv or .json (or .pdf with the PDF renderer).</source>
        <translation>%1 kann nicht geschrieben werden: Benennen Sie den Bericht .html, .csv oder .json (oder .pdf mit dem PDF-Renderer).</translation>
    </message>
</context>
<context>
    <name>gma::FleetResult</name>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <source>checks failed</source>
        <translation>Prüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>canary</source>
        <translation>Kanarienvögel</translation>
    </message>
    <message>
        <source>rollout</source>
        <translation>Rollout</translation>
    </message>
</context>
<context>
    <name>gma::FleetRunner</name>
    <message>
        <source>%1 applied, %2 pending, %3 with checksum drift</source>
        <translation>%1 angewendet, %2 ausstehend, %3 mit abweichender Prüfsumme</translation>
    </message>
    <message>
        <source>%1 applied, %2 pending</source>
        <translation>%1 angewendet, %2 ausstehend</translation>
    </message>
    <message>
        <source>Line %1 of the targets file: %2</source>
        <translation>Zeile %1 der Zieldatei: %2</translation>
    </message>
    <message>
        <source>it holds a password; keep passwords in ~/.pgpass or the environment, never in the targets file.</source>
        <translation>sie enthält ein Passwort; Passwörter gehören in ~/.pgpass oder die Umgebung, nie in die Zieldatei.</translation>
    </message>
    <message>
        <source>the label &quot;%1&quot; is used twice; give each target its own label (LABEL: connection).</source>
        <translation>die Bezeichnung „%1“ kommt zweimal vor; geben Sie jedem Ziel eine eigene Bezeichnung (BEZEICHNUNG: Verbindung).</translation>
    </message>
    <message>
        <source>The targets file lists no database: write one connection per line.</source>
        <translation>Die Zieldatei nennt keine Datenbank: Schreiben Sie eine Verbindung je Zeile.</translation>
    </message>
    <message>
        <source>Cannot read the targets file %1: %2.</source>
        <translation>Die Zieldatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Not started: %1 did not pass; fix it or pass --continue-on-error.</source>
        <translation>Nicht gestartet: %1 hat nicht bestanden; beheben Sie das oder geben Sie --continue-on-error an.</translation>
    </message>
    <message>
        <source>Not started: the canary %1 did not succeed.</source>
        <translation>Nicht gestartet: Der Vorreiter %1 war nicht erfolgreich.</translation>
    </message>
    <message>
        <source>Not started: the rollout was cancelled.</source>
        <translation>Nicht gestartet: Der Rollout wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Not started: the rollout stopped after a failure.</source>
        <translation>Nicht gestartet: Der Rollout hielt nach einem Fehler an.</translation>
    </message>
    <message>
        <source>The validation was cancelled.</source>
        <translation>Die Validierung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Failed checks: %1.</source>
        <translation>Fehlgeschlagene Prüfungen: %1.</translation>
    </message>
    <message>
        <source>nothing to do</source>
        <translation>nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s) planned; preflight: %1 errors, %2 warnings</source>
        <translation>
            <numerusform>%Ln Schritt geplant; Vorabprüfung: %1 Fehler, %2 Warnungen</numerusform>
            <numerusform>%Ln Schritte geplant; Vorabprüfung: %1 Fehler, %2 Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s), %1 rows</source>
        <translation>
            <numerusform>%Ln Schritt, %1 Zeilen</numerusform>
            <numerusform>%Ln Schritte, %1 Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::Locks</name>
    <message>
        <source>unknown state</source>
        <translation>unbekannter Zustand</translation>
    </message>
    <message>
        <source>another session</source>
        <translation>eine andere Sitzung</translation>
    </message>
    <message>
        <source>pid %1, user %2, application &apos;%3&apos; from %4, connected since %5</source>
        <translation>PID %1, Benutzer %2, Anwendung &apos;%3&apos; von %4, verbunden seit %5</translation>
    </message>
    <message>
        <source>The migrator&apos;s advisory lock could not be released (%1); it goes when this connection closes.</source>
        <translation>Die Advisory-Sperre des Migrators ließ sich nicht freigeben (%1); sie verschwindet, wenn diese Verbindung geschlossen wird.</translation>
    </message>
    <message>
        <source>The migrator&apos;s advisory lock was no longer held when the run ended (the server reported it not held); check that no other run started meanwhile.</source>
        <translation>Die Advisory-Sperre des Migrators war am Ende des Laufs nicht mehr gehalten (der Server meldete sie als nicht gehalten); prüfen Sie, dass inzwischen kein anderer Lauf begonnen hat.</translation>
    </message>
    <message>
        <source>Waited %1 ms for a lock on %2, held by %3: try again when it is released.</source>
        <translation>%1 ms auf eine Sperre für %2 gewartet, gehalten von %3: Versuchen Sie es erneut, wenn sie freigegeben ist.</translation>
    </message>
    <message>
        <source>a session that has since let go</source>
        <translation>eine Sitzung, die inzwischen losgelassen hat</translation>
    </message>
    <message>
        <source>Another migrator is running on this database (%1): wait for it to finish.</source>
        <translation>Ein anderer Migrator läuft auf dieser Datenbank (%1): Warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>application &apos;%1&apos;</source>
        <translation>Anwendung „%1“</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>pid %1 (%2)</source>
        <translation>PID %1 (%2)</translation>
    </message>
</context>
<context>
    <name>gma::Migration</name>
    <message>
        <source>Add field %1 to %2</source>
        <translation>Feld %1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Remove field %1 from %2</source>
        <translation>Feld %1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Alter field %1 on %2</source>
        <translation>Feld %1 von %2 ändern</translation>
    </message>
    <message>
        <source>Create model %1</source>
        <translation>Modell %1 anlegen</translation>
    </message>
    <message>
        <source>Delete model %1</source>
        <translation>Modell %1 löschen</translation>
    </message>
    <message>
        <source>Change Meta options on %1</source>
        <translation>Meta-Optionen von %1 ändern</translation>
    </message>
    <message>
        <source>Create constraint %1 on model %2</source>
        <translation>Constraint %1 auf Modell %2 anlegen</translation>
    </message>
    <message>
        <source>Remove constraint %1 from model %2</source>
        <translation>Constraint %1 von Modell %2 entfernen</translation>
    </message>
    <message>
        <source>Raw Python operation</source>
        <translation>Python-Operation</translation>
    </message>
    <message>
        <source>Raw SQL operation</source>
        <translation>SQL-Operation</translation>
    </message>
</context>
<context>
    <name>gma::MigrationCatalogue</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the file is not text</source>
        <translation>die Datei ist kein Text</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8</source>
        <translation>die Datei ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>expected &apos;key: value&apos;, found &apos;%1&apos;</source>
        <translation>&apos;Schlüssel: Wert&apos; erwartet, &apos;%1&apos; gefunden</translation>
    </message>
    <message>
        <source>&apos;depends&apos; needs an app and a migration name</source>
        <translation>&apos;depends&apos; braucht eine App und einen Migrationsnamen</translation>
    </message>
    <message>
        <source>&apos;owner&apos; must be a column or &apos;column -&gt; table.column&apos;</source>
        <translation>&apos;owner&apos; muss eine Spalte oder &apos;spalte -&gt; tabelle.spalte&apos; sein</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;</translation>
    </message>
    <message>
        <source>statement does not end with &apos;;&apos;</source>
        <translation>die Anweisung endet nicht mit &apos;;&apos;</translation>
    </message>
    <message>
        <source>&apos;== forward&apos; must come first and once</source>
        <translation>&apos;== forward&apos; muss zuerst und einmal kommen</translation>
    </message>
    <message>
        <source>&apos;== backward&apos; must follow &apos;== forward&apos;</source>
        <translation>&apos;== backward&apos; muss auf &apos;== forward&apos; folgen</translation>
    </message>
    <message>
        <source>missing or invalid &apos;app&apos;</source>
        <translation>&apos;app&apos; fehlt oder ist ungültig</translation>
    </message>
    <message>
        <source>missing or invalid &apos;name&apos; (expected NNNN_words)</source>
        <translation>&apos;name&apos; fehlt oder ist ungültig (erwartet: NNNN_woerter)</translation>
    </message>
    <message>
        <source>invalid table name &apos;%1&apos;</source>
        <translation>ungültiger Tabellenname &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a schema migration needs &apos;== forward&apos; and &apos;== backward&apos;</source>
        <translation>eine Schemamigration braucht &apos;== forward&apos; und &apos;== backward&apos;</translation>
    </message>
    <message>
        <source>a populate migration has no SQL sections</source>
        <translation>eine Befüllungsmigration hat keine SQL-Abschnitte</translation>
    </message>
    <message>
        <source>a populate migration needs &apos;tables&apos; or &apos;table&apos;</source>
        <translation>eine Befüllungsmigration braucht &apos;tables&apos; oder &apos;table&apos;</translation>
    </message>
    <message>
        <source>a populate migration needs &apos;owner&apos;</source>
        <translation>eine Befüllungsmigration braucht &apos;owner&apos;</translation>
    </message>
    <message>
        <source>a populate migration needs &apos;fields&apos;</source>
        <translation>eine Befüllungsmigration braucht &apos;fields&apos;</translation>
    </message>
    <message>
        <source>invalid field name &apos;%1&apos;</source>
        <translation>ungültiger Feldname &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;type&apos; must be &apos;schema&apos; or &apos;populate&apos;</source>
        <translation>&apos;type&apos; muss &apos;schema&apos; oder &apos;populate&apos; sein</translation>
    </message>
    <message>
        <source>%1 is defined twice (%2)</source>
        <translation>%1 ist doppelt definiert (%2)</translation>
    </message>
    <message>
        <source>%1 depends on %2, which is not defined</source>
        <translation>%1 hängt von %2 ab, das nicht definiert ist</translation>
    </message>
    <message>
        <source>the dependencies of %1 form a cycle</source>
        <translation>die Abhängigkeiten von %1 bilden einen Kreis</translation>
    </message>
    <message>
        <source>Conflicting migrations detected; multiple leaf nodes in the migration graph: (%1). To fix them, add a merge migration that depends on each of those leaves, or remove the ones that should not be there.</source>
        <translation>Widersprüchliche Migrationen gefunden; mehrere Blattknoten im Migrationsgraphen: (%1). Zur Behebung fügen Sie eine Merge-Migration hinzu, die von jedem dieser Blätter abhängt, oder entfernen Sie die, die nicht dorthin gehören.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <source>%1 declares %2, but its path says %3.%4</source>
        <translation>%1 gibt %2 an, aber sein Pfad sagt %3.%4</translation>
    </message>
    <message>
        <source>no migration definitions found in %1</source>
        <translation>keine Migrationsdefinitionen in %1 gefunden</translation>
    </message>
    <message>
        <source>%1 is not a directory</source>
        <translation>%1 ist kein Verzeichnis</translation>
    </message>
    <message>
        <source>App &apos;%1&apos; does not have migrations.</source>
        <translation>Die App &apos;%1&apos; hat keine Migrationen.</translation>
    </message>
    <message>
        <source>More than one migration matches &apos;%1&apos; in app &apos;%2&apos;. Please be more specific.</source>
        <translation>Mehr als eine Migration passt zu &apos;%1&apos; in der App &apos;%2&apos;. Bitte geben Sie sie genauer an.</translation>
    </message>
    <message>
        <source>Cannot find a migration matching &apos;%1&apos; from app &apos;%2&apos;.</source>
        <translation>Keine Migration gefunden, die zu &apos;%1&apos; aus der App &apos;%2&apos; passt.</translation>
    </message>
</context>
<context>
    <name>gma::MigrationState</name>
    <message>
        <source>Migration %1 is applied before its dependency %2.</source>
        <translation>Migration %1 ist vor ihrer Abhängigkeit %2 angewendet.</translation>
    </message>
    <message>
        <source>Cannot read django_migrations: %1</source>
        <translation>django_migrations lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>Cannot create django_migrations: %1</source>
        <translation>django_migrations lässt sich nicht anlegen: %1</translation>
    </message>
</context>
<context>
    <name>gma::Monitor</name>
    <message>
        <source>Sequential scans</source>
        <translation>Sequenzielle Scans</translation>
    </message>
    <message>
        <source>Index scans</source>
        <translation>Index-Scans</translation>
    </message>
    <message>
        <source>Scans of the migration&apos;s indexes</source>
        <translation>Scans der Indizes der Migration</translation>
    </message>
    <message>
        <source>Live rows</source>
        <translation>Lebende Zeilen</translation>
    </message>
    <message>
        <source>Dead rows</source>
        <translation>Tote Zeilen</translation>
    </message>
    <message>
        <source>Rows inserted</source>
        <translation>Eingefügte Zeilen</translation>
    </message>
    <message>
        <source>Rows updated</source>
        <translation>Geänderte Zeilen</translation>
    </message>
    <message>
        <source>Table size (with indexes, TOAST)</source>
        <translation>Tabellengröße (mit Indizes, TOAST)</translation>
    </message>
    <message>
        <source>Statement calls (pg_stat_statements)</source>
        <translation>Aufrufe der Anweisungen (pg_stat_statements)</translation>
    </message>
    <message>
        <source>Mean statement time (pg_stat_statements)</source>
        <translation>Mittlere Dauer der Anweisungen (pg_stat_statements)</translation>
    </message>
    <message>
        <source>The baseline was not stored.</source>
        <translation>Die Basislinie wurde nicht gespeichert.</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>installiert</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>installed, but not readable: %1</source>
        <translation>installiert, aber nicht lesbar: %1</translation>
    </message>
    <message>
        <source>before a run</source>
        <translation>vor einem Lauf</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
    </message>
</context>
<context>
    <name>gma::PdfReport</name>
    <message>
        <source>Validation report</source>
        <translation>Validierungsbericht</translation>
    </message>
    <message>
        <source>Deployment report</source>
        <translation>Bereitstellungsbericht</translation>
    </message>
    <message>
        <source>Database %1 · migration state %2</source>
        <translation>Datenbank %1 · Migrationsstand %2</translation>
    </message>
    <message>
        <source>Validation could not run</source>
        <translation>Die Validierung konnte nicht laufen</translation>
    </message>
    <message>
        <source>All applicable checks passed</source>
        <translation>Alle zutreffenden Prüfungen bestanden</translation>
    </message>
    <message>
        <source>1 check failed</source>
        <translation>1 Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 checks failed</source>
        <translation>%1 Prüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 · checks took %2</source>
        <translation>%1 · die Prüfungen dauerten %2</translation>
    </message>
    <message>
        <source>Failed: %1 · %2</source>
        <translation>Fehlgeschlagen: %1 · %2</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Not deployed</source>
        <translation>Nicht bereitgestellt</translation>
    </message>
    <message>
        <source>%1 · checks: %2</source>
        <translation>%1 · Prüfungen: %2</translation>
    </message>
    <message>
        <source>Recorded migrations</source>
        <translation>Eingetragene Migrationen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>Deployment: %Ln stage(s)</source>
        <translation>
            <numerusform>Bereitstellung: %Ln Stufe</numerusform>
            <numerusform>Bereitstellung: %Ln Stufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Run history (%Ln run(s))</source>
        <translation>
            <numerusform>Verlauf der Läufe (%Ln Lauf)</numerusform>
            <numerusform>Verlauf der Läufe (%Ln Läufe)</numerusform>
        </translation>
    </message>
    <message>
        <source>Backups (%1 in the catalogue)</source>
        <translation>Sicherungen (%1 im Katalog)</translation>
    </message>
    <message>
        <source>Queries: the exact SQL of each check</source>
        <translation>Abfragen: das genaue SQL jeder Prüfung</translation>
    </message>
    <message>
        <source>GMA Migrator %1</source>
        <translation>GMA Migrator %1</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1. Checks</source>
        <translation>%1. Prüfungen</translation>
    </message>
    <message>
        <source>%1. Skipped checks do not apply to the recorded state or lack what they compare with; the reason is given. %2</source>
        <translation>%1. Übersprungene Prüfungen treffen auf den eingetragenen Stand nicht zu oder ihnen fehlt, womit sie vergleichen; der Grund ist angegeben. %2</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>%1. Queries</source>
        <translation>%1. Abfragen</translation>
    </message>
    <message>
        <source>The exact SQL each check ran, in the order of section 1.</source>
        <translation>Das genaue SQL, das jede Prüfung ausgeführt hat, in der Reihenfolge von Abschnitt 1.</translation>
    </message>
    <message>
        <source>The SQL of each check is listed in section %1.</source>
        <translation>Das SQL jeder Prüfung steht in Abschnitt %1.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>%1. Target %2 · %3</source>
        <translation>%1. Ziel %2 · %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not validated (%1):&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Nicht validiert (%1):&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>The SQL of each check is in the HTML and JSON forms of this report.</source>
        <translation>Das SQL jeder Prüfung steht in der HTML- und der JSON-Form dieses Berichts.</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical part of Qt: create a QGuiApplication (PdfReport::makeApplication) before rendering.</source>
        <translation>Ein PDF-Bericht braucht den grafischen Teil von Qt: Legen Sie vor dem Zeichnen eine QGuiApplication an (PdfReport::makeApplication).</translation>
    </message>
    <message>
        <source>Cannot write the report %1: the folder does not exist; choose an existing folder.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: Den Ordner gibt es nicht; wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2; choose a writable location.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2; wählen Sie einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>Cannot write the report %1: the file cannot be created; choose a writable location.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: Die Datei kann nicht angelegt werden; wählen Sie einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>Cannot finish the report %1; check the free disk space.</source>
        <translation>Der Bericht %1 kann nicht fertiggestellt werden; prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Fleet validation report</source>
        <translation>Flotten-Validierungsbericht</translation>
    </message>
    <message numerus="yes">
        <source>%Ln target(s) from %1</source>
        <translation>
            <numerusform>%Ln Ziel aus %1</numerusform>
            <numerusform>%Ln Ziele aus %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more target(s): each is in section 1.</source>
        <translation>
            <numerusform>… und %Ln weiteres Ziel: Jedes steht in Abschnitt 1.</numerusform>
            <numerusform>… und %Ln weitere Ziele: Jedes steht in Abschnitt 1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fleet validation report · %Ln target(s)</source>
        <translation>
            <numerusform>Flotten-Validierungsbericht · %Ln Ziel</numerusform>
            <numerusform>Flotten-Validierungsbericht · %Ln Ziele</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::PgTools</name>
    <message>
        <source>Cannot write the backup into %1 (%2): choose a writable folder.</source>
        <translation>Die Sicherung kann nicht in %1 geschrieben werden (%2): Wählen Sie einen beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source>%1 was not found (looked in %2): install the PostgreSQL %3 client tools (postgresql-client-%3) or set GMA_PG_BIN to the folder that holds them.</source>
        <translation>%1 wurde nicht gefunden (gesucht in %2): Installieren Sie die Client-Werkzeuge von PostgreSQL %3 (postgresql-client-%3) oder setzen Sie GMA_PG_BIN auf den Ordner, der sie enthält.</translation>
    </message>
    <message>
        <source>%1 at %2 does not run (%3): reinstall the PostgreSQL %4 client tools or set GMA_PG_BIN to a working copy.</source>
        <translation>%1 unter %2 läuft nicht (%3): Installieren Sie die Client-Werkzeuge von PostgreSQL %4 neu oder setzen Sie GMA_PG_BIN auf eine funktionierende Kopie.</translation>
    </message>
    <message>
        <source>%1 at %2 did not report a PostgreSQL version: set GMA_PG_BIN to the folder of the PostgreSQL %3 client tools.</source>
        <translation>%1 unter %2 hat keine PostgreSQL-Version gemeldet: Setzen Sie GMA_PG_BIN auf den Ordner der Client-Werkzeuge von PostgreSQL %3.</translation>
    </message>
    <message>
        <source>%1 at %2 is version %3 but the server runs PostgreSQL %4: install postgresql-client-%4 or set GMA_PG_BIN to the folder of a version-%4 %1.</source>
        <translation>%1 unter %2 hat Version %3, der Server läuft aber mit PostgreSQL %4: Installieren Sie postgresql-client-%4 oder setzen Sie GMA_PG_BIN auf den Ordner eines %1 der Version %4.</translation>
    </message>
    <message>
        <source>The disk is full: the backup did not fit into %1; free some space or choose another folder (no partial file was left behind).</source>
        <translation>Der Datenträger ist voll: Die Sicherung passte nicht in %1; schaffen Sie Platz oder wählen Sie einen anderen Ordner (es blieb keine halbe Datei zurück).</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>%1 is older than the server: install the client tools of the server&apos;s version or set GMA_PG_BIN to their folder.</source>
        <translation>%1 ist älter als der Server: Installieren Sie die Client-Werkzeuge der Serverversion oder setzen Sie GMA_PG_BIN auf ihren Ordner.</translation>
    </message>
    <message>
        <source>it stopped without saying why</source>
        <translation>es hielt an, ohne einen Grund zu nennen</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 ist fehlgeschlagen: %2.</translation>
    </message>
</context>
<context>
    <name>gma::Planner</name>
    <message>
        <source>%1 The recorded history is out of dependency order: repair django_migrations before migrating.</source>
        <translation>%1 Die eingetragene Historie verletzt die Abhängigkeitsreihenfolge: Reparieren Sie django_migrations, bevor Sie migrieren.</translation>
    </message>
    <message>
        <source>A target needs an app: migrate APP TARGET.</source>
        <translation>Ein Ziel braucht eine App: migrate APP ZIEL.</translation>
    </message>
    <message>
        <source>App &apos;%1&apos; does not have migrations.</source>
        <translation>Die App &apos;%1&apos; hat keine Migrationen.</translation>
    </message>
</context>
<context>
    <name>gma::Preflight</name>
    <message>
        <source>The %1 check could not read %2. %3</source>
        <translation>Die Prüfung %1 konnte %2 nicht lesen. %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} a %2 longer than %3 characters, and %4 narrows %2 to varchar(%5), so it would fail: shorten or rename them first.</source>
        <translation>
            <numerusform>%Ln Zeile von %1 hat einen Wert in %2, der länger als %3 Zeichen ist, und %4 verkürzt %2 auf varchar(%5), daher würde der Schritt scheitern: Kürzen oder ändern Sie diesen Wert zuerst.</numerusform>
            <numerusform>%Ln Zeilen von %1 haben einen Wert in %2, der länger als %3 Zeichen ist, und %4 verkürzt %2 auf varchar(%5), daher würde der Schritt scheitern: Kürzen oder ändern Sie diese Werte zuerst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} no %2 (NULL); %3 turns them into %4 and records them, so that a rollback restores the NULLs.</source>
        <translation>
            <numerusform>%Ln Zeile von %1 hat keinen Wert in %2 (NULL); %3 macht daraus %4 und merkt sich die Zeile, sodass ein Zurücksetzen das NULL wiederherstellt.</numerusform>
            <numerusform>%Ln Zeilen von %1 haben keinen Wert in %2 (NULL); %3 macht daraus %4 und merkt sich die Zeilen, sodass ein Zurücksetzen die NULL-Werte wiederherstellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} no %2 (NULL); %3 turns them into %4.</source>
        <translation>
            <numerusform>%Ln Zeile von %1 hat keinen Wert in %2 (NULL); %3 macht daraus %4.</numerusform>
            <numerusform>%Ln Zeilen von %1 haben keinen Wert in %2 (NULL); %3 macht daraus %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} a NULL %2, and %3 makes %2 NOT NULL, so it would fail: fill them first.</source>
        <translation>
            <numerusform>%Ln Zeile von %1 hat NULL in %2, und %3 macht %2 zu NOT NULL, daher würde der Schritt scheitern: Füllen Sie den Wert zuerst.</numerusform>
            <numerusform>%Ln Zeilen von %1 haben NULL in %2, und %3 macht %2 zu NOT NULL, daher würde der Schritt scheitern: Füllen Sie die Werte zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>the data step reads and fills it</source>
        <translation>der Datenschritt liest und füllt sie</translation>
    </message>
    <message>
        <source>the data step reads the owner from it</source>
        <translation>der Datenschritt liest daraus den Besitzer</translation>
    </message>
    <message>
        <source>ownership</source>
        <translation>Besitz</translation>
    </message>
    <message>
        <source>owned by %1; ALTER TABLE and CREATE INDEX need its owner</source>
        <translation>gehört %1; ALTER TABLE und CREATE INDEX brauchen den Besitzer</translation>
    </message>
    <message>
        <source>the new foreign keys point at it</source>
        <translation>die neuen Fremdschlüssel verweisen darauf</translation>
    </message>
    <message>
        <source>the run records Django&apos;s migration state</source>
        <translation>der Lauf trägt Djangos Migrationsstand ein</translation>
    </message>
    <message>
        <source>django_migrations is missing</source>
        <translation>django_migrations fehlt</translation>
    </message>
    <message>
        <source>database %1</source>
        <translation>Datenbank %1</translation>
    </message>
    <message>
        <source>the tool keeps its records in the schema %1, which it must create</source>
        <translation>das Werkzeug führt seine Aufzeichnungen im Schema %1, das es anlegen muss</translation>
    </message>
    <message>
        <source>the plan creates tables</source>
        <translation>der Plan legt Tabellen an</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The role %1 lacks privileges the plan needs (%2): connect as the tables&apos; owner, or have them granted.</source>
        <translation>Der Rolle %1 fehlen Rechte, die der Plan braucht (%2): Verbinden Sie sich als Besitzer der Tabellen, oder lassen Sie sich die Rechte erteilen.</translation>
    </message>
    <message>
        <source>The role %1 lacks privileges the plan needs (%2): connect as the tables&apos; owner (or GRANT %3 TO %1), or have them granted.</source>
        <translation>Der Rolle %1 fehlen Rechte, die der Plan braucht (%2): Verbinden Sie sich als Besitzer der Tabellen (oder GRANT %3 TO %1), oder lassen Sie sich die Rechte erteilen.</translation>
    </message>
    <message>
        <source>recorded as applied, table missing</source>
        <translation>als angewendet eingetragen, Tabelle fehlt</translation>
    </message>
    <message>
        <source>not recorded, table present</source>
        <translation>nicht eingetragen, Tabelle vorhanden</translation>
    </message>
    <message>
        <source>recorded as applied, column missing</source>
        <translation>als angewendet eingetragen, Spalte fehlt</translation>
    </message>
    <message>
        <source>not recorded, column present</source>
        <translation>nicht eingetragen, Spalte vorhanden</translation>
    </message>
    <message>
        <source>%1 (recorded, but its changes are missing)</source>
        <translation>%1 (eingetragen, aber ihre Änderungen fehlen)</translation>
    </message>
    <message>
        <source>%1 (not recorded, but its changes are present)</source>
        <translation>%1 (nicht eingetragen, aber ihre Änderungen sind vorhanden)</translation>
    </message>
    <message>
        <source>An interrupted online run left %1 half done (the statements it finished stay, the step is not recorded as done); the next migrate or rollback continues it online where it stopped.</source>
        <translation>Ein unterbrochener Online-Lauf hat %1 halb erledigt hinterlassen (die fertigen Anweisungen bleiben, der Schritt ist nicht als erledigt eingetragen); das nächste Migrieren oder Zurücksetzen setzt ihn online dort fort, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>The database does not stand where django_migrations says: %1. Find out who changed the schema and bring record and schema together (restore a backup, or apply or fake the migration with Django) before migrating.</source>
        <translation>Die Datenbank steht nicht dort, wo django_migrations sagt: %1. Finden Sie heraus, wer das Schema geändert hat, und bringen Sie Eintrag und Schema in Einklang (eine Sicherung wiederherstellen oder die Migration mit Django anwenden oder als angewendet eintragen), bevor Sie migrieren.</translation>
    </message>
    <message numerus="yes">
        <source>django_migrations records %Ln migration(s) out of dependency order: repair the history (Django refuses to migrate such a database too).</source>
        <translation>
            <numerusform>django_migrations trägt %Ln Migration entgegen der Abhängigkeitsreihenfolge ein: Reparieren Sie die Historie (auch Django verweigert das Migrieren einer solchen Datenbank).</numerusform>
            <numerusform>django_migrations trägt %Ln Migrationen entgegen der Abhängigkeitsreihenfolge ein: Reparieren Sie die Historie (auch Django verweigert das Migrieren einer solchen Datenbank).</numerusform>
        </translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>first 40 characters</source>
        <translation>erste 40 Zeichen</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>needs</source>
        <translation>braucht</translation>
    </message>
    <message>
        <source>why</source>
        <translation>wofür</translation>
    </message>
    <message>
        <source>migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>pid</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>xact_start</source>
        <translation>Transaktionsbeginn</translation>
    </message>
    <message>
        <source>query_start</source>
        <translation>Abfragebeginn</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>hält</translation>
    </message>
    <message>
        <source>plan needs</source>
        <translation>Plan braucht</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>for</source>
        <translation>seit</translation>
    </message>
    <message>
        <source>open (s)</source>
        <translation>offen (s)</translation>
    </message>
    <message>
        <source>The preflight checks need an open connection: connect first.</source>
        <translation>Die Vorabprüfung braucht eine offene Verbindung: Verbinden Sie sich zuerst.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>pid %1 (user %2, application &apos;%3&apos;, client %4)</source>
        <translation>PID %1 (Benutzer %2, Anwendung &apos;%3&apos;, Client %4)</translation>
    </message>
    <message>
        <source>%1, its transaction open for %2, holding %3 on %4</source>
        <translation>%1, ihre Transaktion seit %2 offen, hält %3 auf %4</translation>
    </message>
    <message>
        <source>waiting for %1 on %2 for %3</source>
        <translation>wartet seit %3 auf %1 auf %2</translation>
    </message>
    <message>
        <source>waits for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application session(s) held locks on the plan&apos;s tables only briefly while sampled (none for longer than the run&apos;s lock timeout of %1 ms): the run waits for them within its lock timeout and retries.</source>
        <translation>
            <numerusform>%Ln Anwendungssitzung hielt während der Stichproben nur kurz Sperren auf den Tabellen des Plans (keine länger als das Sperr-Timeout des Laufs von %1 ms): Der Lauf wartet innerhalb seines Sperr-Timeouts darauf und versucht es erneut.</numerusform>
            <numerusform>%Ln Anwendungssitzungen hielten während der Stichproben nur kurz Sperren auf den Tabellen des Plans (keine länger als das Sperr-Timeout des Laufs von %1 ms): Der Lauf wartet innerhalb seines Sperr-Timeouts darauf und versucht es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, last query: %3</source>
        <translation>%1, %2, letzte Abfrage: %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) {holds or waits for|hold or wait for} locks on the plan&apos;s tables for longer than the run&apos;s lock timeout of %1 ms, so its statements would wait and queue the application&apos;s queries behind them: %2. Let {it|them} finish, or end {it|them} (SELECT pg_terminate_backend(pid)), then retry.</source>
        <translation>
            <numerusform>%Ln Sitzung hält Sperren auf den Tabellen des Plans oder wartet darauf, länger als das Sperr-Timeout des Laufs von %1 ms; seine Anweisungen würden warten und die Abfragen der Anwendung hinter sich stauen: %2. Lassen Sie die Sitzung fertig werden oder beenden Sie sie (SELECT pg_terminate_backend(pid)), dann versuchen Sie es erneut.</numerusform>
            <numerusform>%Ln Sitzungen halten Sperren auf den Tabellen des Plans oder warten darauf, länger als das Sperr-Timeout des Laufs von %1 ms; seine Anweisungen würden warten und die Abfragen der Anwendung hinter sich stauen: %2. Lassen Sie die Sitzungen fertig werden oder beenden Sie sie (SELECT pg_terminate_backend(pid)), dann versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln other session(s) held locks only briefly: those the run absorbs.)</source>
        <translation>
            <numerusform>(%Ln weitere Sitzung hielt Sperren nur kurz: Das fängt der Lauf ab.)</numerusform>
            <numerusform>(%Ln weitere Sitzungen hielten Sperren nur kurz: Das fängt der Lauf ab.)</numerusform>
        </translation>
    </message>
    <message>
        <source>(The rehearsal still runs: it waits at most --lock-timeout per attempt.)</source>
        <translation>(Der Probelauf läuft trotzdem: Er wartet je Versuch höchstens --lock-timeout.)</translation>
    </message>
    <message>
        <source>pid %1 (&apos;%2&apos;, %3 s)</source>
        <translation>PID %1 (&apos;%2&apos;, %3 s)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln transaction(s) in this database {has|have} been open longer than %1 s (%2): if {it touches|they touch} the plan&apos;s tables while the schema step waits for its lock, the application&apos;s queries queue behind; prefer a quiet moment.</source>
        <translation>
            <numerusform>%Ln Transaktion in dieser Datenbank ist länger als %1 s offen (%2): Greift sie auf die Tabellen des Plans zu, während der Schemaschritt auf seine Sperre wartet, stauen sich die Abfragen der Anwendung dahinter; wählen Sie besser einen ruhigen Moment.</numerusform>
            <numerusform>%Ln Transaktionen in dieser Datenbank sind länger als %1 s offen (%2): Greifen sie auf die Tabellen des Plans zu, während der Schemaschritt auf seine Sperre wartet, stauen sich die Abfragen der Anwendung dahinter; wählen Sie besser einen ruhigen Moment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) of %1 {has|have} an owner that is not in users_user, and %2 fills the audit users with the owner, so it would fail: reassign or restore the owners first.</source>
        <translation>
            <numerusform>%Ln Zeile von %1 hat einen Eigentümer, der nicht in users_user steht, und %2 füllt die Audit-Benutzer mit dem Eigentümer, daher würde er scheitern: Weisen Sie die Eigentümer zuerst neu zu oder stellen Sie sie wieder her.</numerusform>
            <numerusform>%Ln Zeilen von %1 haben einen Eigentümer, der nicht in users_user steht, und %2 füllt die Audit-Benutzer mit dem Eigentümer, daher würde er scheitern: Weisen Sie die Eigentümer zuerst neu zu oder stellen Sie sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Eigentümer</translation>
    </message>
</context>
<context>
    <name>gma::Preview</name>
    <message>
        <source>Find each batch&apos;s upper bound</source>
        <translation>Obergrenze jedes Stapels finden</translation>
    </message>
    <message>
        <source>reads the primary-key index only</source>
        <translation>liest nur den Primärschlüsselindex</translation>
    </message>
    <message>
        <source>Read the records of what the data step filled</source>
        <translation>Die Aufzeichnungen dessen lesen, was der Datenschritt gefüllt hat</translation>
    </message>
    <message>
        <source>Forget the records set back</source>
        <translation>Die Aufzeichnungen des Zurückgesetzten verwerfen</translation>
    </message>
    <message>
        <source>Fill NULL %1 with the owner</source>
        <translation>NULL-Werte in %1 mit dem Besitzer füllen</translation>
    </message>
    <message>
        <source>primary-key batches, each its own short transaction; a row is locked only while its batch runs</source>
        <translation>Stapel nach Primärschlüssel, jeder in seiner eigenen kurzen Transaktion; eine Zeile ist nur gesperrt, solange ihr Stapel läuft</translation>
    </message>
    <message>
        <source>Set back the %1 values the data step filled</source>
        <translation>Die Werte in %1 zurücksetzen, die der Datenschritt gefüllt hat</translation>
    </message>
    <message>
        <source>one group of recorded batches (every column at once) per transaction; values the application changed since stay</source>
        <translation>eine Gruppe aufgezeichneter Stapel (alle Spalten zugleich) je Transaktion; Werte, die die Anwendung seither geändert hat, bleiben</translation>
    </message>
    <message>
        <source>widens varchar(%1): catalogue change only, no rewrite</source>
        <translation>erweitert varchar(%1): nur eine Katalogänderung, kein Neuschreiben</translation>
    </message>
    <message>
        <source>narrows varchar(%1) to varchar(%2): every row is checked and the table and its indexes rewritten</source>
        <translation>verengt varchar(%1) auf varchar(%2): Jede Zeile wird geprüft, und die Tabelle und ihre Indizes werden neu geschrieben</translation>
    </message>
    <message>
        <source>drops foreign key %1 with it, which locks its target</source>
        <translation>entfernt dabei den Fremdschlüssel %1, was sein Ziel sperrt</translation>
    </message>
    <message>
        <source>%1 (the table is created by this plan, so it is empty)</source>
        <translation>%1 (die Tabelle wird von diesem Plan angelegt, ist also leer)</translation>
    </message>
    <message>
        <source>proven by the validated CHECK constraint before it: no scan (PostgreSQL 12+)</source>
        <translation>durch den validierten CHECK-Constraint davor belegt: kein Durchsuchen (PostgreSQL 12+)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln NULL(s) converted</source>
        <translation>
            <numerusform>%Ln NULL-Wert umgewandelt</numerusform>
            <numerusform>%Ln NULL-Werte umgewandelt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln NULL(s) converted in batches of %1 rows, each its own transaction</source>
        <translation>
            <numerusform>%Ln NULL-Wert in Stapeln zu %1 Zeilen umgewandelt, jeder in seiner eigenen Transaktion</numerusform>
            <numerusform>%Ln NULL-Werte in Stapeln zu %1 Zeilen umgewandelt, jeder in seiner eigenen Transaktion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restores %Ln NULL(s) recorded by the schema step</source>
        <translation>
            <numerusform>stellt %Ln vom Schemaschritt aufgezeichneten NULL-Wert wieder her</numerusform>
            <numerusform>stellt %Ln vom Schemaschritt aufgezeichnete NULL-Werte wieder her</numerusform>
        </translation>
    </message>
    <message>
        <source>the step&apos;s transaction</source>
        <translation>die Transaktion des Schritts</translation>
    </message>
    <message>
        <source>no transaction</source>
        <translation>keine Transaktion</translation>
    </message>
    <message>
        <source>its own transaction per batch</source>
        <translation>je Stapel eine eigene Transaktion</translation>
    </message>
    <message>
        <source>its own transaction</source>
        <translation>eine eigene Transaktion</translation>
    </message>
    <message>
        <source>Record the migration</source>
        <translation>Die Migration eintragen</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>rewrites %1</source>
        <translation>schreibt %1 neu</translation>
    </message>
    <message>
        <source>scans %1</source>
        <translation>durchsucht %1</translation>
    </message>
    <message numerus="yes">
        <source>sets back %Ln value(s)</source>
        <translation>
            <numerusform>setzt %Ln Wert zurück</numerusform>
            <numerusform>setzt %Ln Werte zurück</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>fills %Ln row(s)</source>
        <translation>
            <numerusform>füllt %Ln Zeile</numerusform>
            <numerusform>füllt %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan names %1, which the migration definitions do not contain: reload the definitions.</source>
        <translation>Der Plan nennt %1, das die Migrationsdefinitionen nicht enthalten: Laden Sie die Definitionen neu.</translation>
    </message>
    <message>
        <source>NOT VALID: existing rows are not checked</source>
        <translation>NOT VALID: vorhandene Zeilen werden nicht geprüft</translation>
    </message>
    <message>
        <source>validates every existing row against the referenced table</source>
        <translation>prüft jede vorhandene Zeile gegen die referenzierte Tabelle</translation>
    </message>
    <message>
        <source>volatile default: every row is rewritten</source>
        <translation>veränderlicher Vorgabewert: Jede Zeile wird neu geschrieben</translation>
    </message>
    <message>
        <source>no default: catalogue change only</source>
        <translation>kein Vorgabewert: nur eine Katalogänderung</translation>
    </message>
    <message>
        <source>type change: rewrites the table and rebuilds its indexes</source>
        <translation>Typänderung: schreibt die Tabelle neu und baut ihre Indizes neu auf</translation>
    </message>
    <message>
        <source>scans every row to prove there is no NULL</source>
        <translation>durchsucht jede Zeile, um zu belegen, dass es kein NULL gibt</translation>
    </message>
    <message>
        <source>catalogue change only</source>
        <translation>nur eine Katalogänderung</translation>
    </message>
    <message>
        <source>marks the column dropped; no rewrite (space is reclaimed by later updates)</source>
        <translation>markiert die Spalte als entfernt; kein Neuschreiben (der Platz wird durch spätere Aktualisierungen zurückgewonnen)</translation>
    </message>
    <message>
        <source>NOT VALID: existing rows are checked later (VALIDATE CONSTRAINT)</source>
        <translation>NOT VALID: vorhandene Zeilen werden später geprüft (VALIDATE CONSTRAINT)</translation>
    </message>
    <message>
        <source>checks (or indexes) every existing row</source>
        <translation>prüft (oder indiziert) jede vorhandene Zeile</translation>
    </message>
    <message>
        <source>checks every existing row; reads and writes go on</source>
        <translation>prüft jede vorhandene Zeile; Lesen und Schreiben gehen weiter</translation>
    </message>
    <message>
        <source>one batch of rows per transaction, each row locked only while its batch runs</source>
        <translation>ein Stapel Zeilen je Transaktion, jede Zeile nur gesperrt, solange ihr Stapel läuft</translation>
    </message>
    <message>
        <source>locks the rows it changes; reads and other writes go on</source>
        <translation>sperrt die Zeilen, die es ändert; Lesen und anderes Schreiben gehen weiter</translation>
    </message>
    <message>
        <source>adds rows</source>
        <translation>fügt Zeilen hinzu</translation>
    </message>
    <message>
        <source>reads %1</source>
        <translation>liest %1</translation>
    </message>
    <message>
        <source>runs the deferred foreign-key checks queued so far; no table lock</source>
        <translation>führt die bisher aufgeschobenen Fremdschlüsselprüfungen aus; keine Tabellensperre</translation>
    </message>
    <message>
        <source>builds the index while writes go on (two scans)</source>
        <translation>baut den Index auf, während das Schreiben weitergeht (zwei Durchläufe)</translation>
    </message>
    <message>
        <source>reads every row to build the index; blocks writes, not reads</source>
        <translation>liest jede Zeile, um den Index aufzubauen; blockiert Schreiben, nicht Lesen</translation>
    </message>
    <message>
        <source>new table</source>
        <translation>neue Tabelle</translation>
    </message>
    <message>
        <source>removes the table and its data</source>
        <translation>entfernt die Tabelle und ihre Daten</translation>
    </message>
    <message>
        <source>not classified: check the PostgreSQL documentation for its lock</source>
        <translation>nicht eingeordnet: Schlagen Sie die Sperre in der PostgreSQL-Dokumentation nach</translation>
    </message>
    <message>
        <source>rewrite of %1 (%2)</source>
        <translation>Neuschreiben von %1 (%2)</translation>
    </message>
    <message>
        <source>%1 rows x %2 (twice the table&apos;s bytes per row + %3 B)</source>
        <translation>%1 Zeilen x %2 (doppelte Bytes der Tabelle je Zeile + %3 B)</translation>
    </message>
    <message>
        <source>catalogue changes and index builds</source>
        <translation>Katalogänderungen und Indexaufbau</translation>
    </message>
    <message>
        <source>The step holds %1 on %2 from its statement %3 until it commits, about %4: the application&apos;s statements on %2 wait that long, longer than the stall budget (%5 ms); --online keeps each wait short.</source>
        <translation>Der Schritt hält %1 auf %2 ab seiner Anweisung %3, bis er festschreibt, etwa %4: So lange warten die Anweisungen der Anwendung auf %2, länger als das Wartebudget (%5 ms); --online hält jede Wartezeit kurz.</translation>
    </message>
    <message>
        <source>%1 rewrites %2 (%3 rows, %4) under %5: the application waits for it about %6, longer than the stall budget (%7 ms). PostgreSQL cannot avoid this lock; the online run sends it alone, in its own short transaction.</source>
        <translation>%1 schreibt %2 neu (%3 Zeilen, %4) unter %5: Die Anwendung wartet etwa %6 darauf, länger als das Wartebudget (%7 ms). PostgreSQL kann diese Sperre nicht vermeiden; der Online-Lauf sendet die Anweisung allein, in ihrer eigenen kurzen Transaktion.</translation>
    </message>
    <message>
        <source>%1 rewrites %2 (%3 rows, %4) under %5, held until the step commits: the application waits about %6, longer than the stall budget (%7 ms).</source>
        <translation>%1 schreibt %2 neu (%3 Zeilen, %4) unter %5, gehalten, bis der Schritt festschreibt: Die Anwendung wartet etwa %6, länger als das Wartebudget (%7 ms).</translation>
    </message>
    <message>
        <source>%1 scans %2 (%3 rows, %4) under %5: the application waits for it about %6, longer than the stall budget (%7 ms). PostgreSQL cannot avoid this lock; the online run sends it alone, in its own short transaction.</source>
        <translation>%1 durchsucht %2 (%3 Zeilen, %4) unter %5: Die Anwendung wartet etwa %6 darauf, länger als das Wartebudget (%7 ms). PostgreSQL kann diese Sperre nicht vermeiden; der Online-Lauf sendet die Anweisung allein, in ihrer eigenen kurzen Transaktion.</translation>
    </message>
    <message>
        <source>%1 scans %2 (%3 rows, %4) under %5, held until the step commits: the application waits about %6, longer than the stall budget (%7 ms).</source>
        <translation>%1 durchsucht %2 (%3 Zeilen, %4) unter %5, gehalten, bis der Schritt festschreibt: Die Anwendung wartet etwa %6, länger als das Wartebudget (%7 ms).</translation>
    </message>
    <message>
        <source>%1 changes %2 (%3 rows, %4) under %5: the application waits for it about %6, longer than the stall budget (%7 ms). PostgreSQL cannot avoid this lock; the online run sends it alone, in its own short transaction.</source>
        <translation>%1 ändert %2 (%3 Zeilen, %4) unter %5: Die Anwendung wartet etwa %6 darauf, länger als das Wartebudget (%7 ms). PostgreSQL kann diese Sperre nicht vermeiden; der Online-Lauf sendet die Anweisung allein, in ihrer eigenen kurzen Transaktion.</translation>
    </message>
    <message>
        <source>%1 changes %2 (%3 rows, %4) under %5, held until the step commits: the application waits about %6, longer than the stall budget (%7 ms).</source>
        <translation>%1 ändert %2 (%3 Zeilen, %4) unter %5, gehalten, bis der Schritt festschreibt: Die Anwendung wartet etwa %6, länger als das Wartebudget (%7 ms).</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>After this step %1 of %2 are NOT NULL without a default: an application version that does not write them can no longer insert into %2. Deploy the application version that writes them first.</source>
        <translation>Nach diesem Schritt sind %1 von %2 NOT NULL ohne Vorgabewert: Eine Anwendungsversion, die sie nicht schreibt, kann nicht mehr in %2 einfügen. Stellen Sie zuerst die Anwendungsversion bereit, die sie schreibt.</translation>
    </message>
    <message>
        <source>no table lock</source>
        <translation>keine Tabellensperre</translation>
    </message>
    <message>
        <source>%1 for about %2</source>
        <translation>%1 für etwa %2</translation>
    </message>
    <message>
        <source>new foreign key: validated by a scan (the new column is all NULL, so it passes)</source>
        <translation>neuer Fremdschlüssel: durch einen Scan geprüft (die neue Spalte ist ganz NULL, daher besteht er)</translation>
    </message>
    <message>
        <source>non-volatile default: stored once in the catalogue, no rewrite (PostgreSQL 11+)</source>
        <translation>nicht-volatiler Standardwert: einmal im Katalog gespeichert, kein Neuschreiben (PostgreSQL 11+)</translation>
    </message>
    <message>
        <source>foreign key: its triggers on the referenced table go too, which locks that table</source>
        <translation>Fremdschlüssel: seine Trigger auf der referenzierten Tabelle fallen mit weg, was diese Tabelle sperrt</translation>
    </message>
    <message>
        <source>its values go with the columns that the reverse of %1 drops; no row is changed</source>
        <translation>seine Werte gehen mit den Spalten, die das Zurücknehmen von %1 entfernt; keine Zeile wird geändert</translation>
    </message>
</context>
<context>
    <name>gma::Rehearsal</name>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Restore into the scratch database</source>
        <translation>Wiederherstellen in die Wegwerfdatenbank</translation>
    </message>
    <message>
        <source>Plan on the copy</source>
        <translation>Plan auf der Kopie</translation>
    </message>
    <message>
        <source>Validation after the plan</source>
        <translation>Validierung nach dem Plan</translation>
    </message>
    <message>
        <source>Reverse on the copy</source>
        <translation>Umkehrung auf der Kopie</translation>
    </message>
    <message>
        <source>Validation after the reverse</source>
        <translation>Validierung nach der Umkehrung</translation>
    </message>
    <message>
        <source>Drop the scratch database</source>
        <translation>Wegwerfdatenbank löschen</translation>
    </message>
    <message>
        <source>Cannot read the rows of %1: %2</source>
        <translation>Die Zeilen von %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no verified backup in the catalogue holds the migration state the database has now</source>
        <translation>keine geprüfte Sicherung im Katalog hat den Migrationsstand, den die Datenbank jetzt hat</translation>
    </message>
    <message>
        <source>The rehearsal was cancelled.</source>
        <translation>Der Probelauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>a fresh one was asked for</source>
        <translation>eine neue wurde verlangt</translation>
    </message>
    <message>
        <source>Using the verified backup #%1 of %2 (%3).</source>
        <translation>Die geprüfte Sicherung #%1 vom %2 wird verwendet (%3).</translation>
    </message>
    <message>
        <source>Took a fresh backup, %1 (%2).</source>
        <translation>Eine neue Sicherung wurde erstellt, %1 (%2).</translation>
    </message>
    <message>
        <source>The rehearsal was cancelled before it began; nothing was done.</source>
        <translation>Der Probelauf wurde abgebrochen, bevor er begann; nichts wurde getan.</translation>
    </message>
    <message>
        <source>The scratch database &quot;%1&quot; already existed, so the rehearsal left it alone: drop it and try again.</source>
        <translation>Die Wegwerfdatenbank „%1“ gab es schon, daher hat der Probelauf sie nicht angerührt: Löschen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Restored into &quot;%1&quot; on %2.</source>
        <translation>In „%1“ auf %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The plan failed on the copy: %1</source>
        <translation>Der Plan ist auf der Kopie fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln step(s).</source>
        <translation>
            <numerusform>%Ln Schritt.</numerusform>
            <numerusform>%Ln Schritte.</numerusform>
        </translation>
    </message>
    <message>
        <source>The validation after the plan failed on the copy: %1.</source>
        <translation>Die Validierung nach dem Plan ist auf der Kopie fehlgeschlagen: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) passed at %1.</source>
        <translation>
            <numerusform>%Ln Prüfung bei %1 bestanden.</numerusform>
            <numerusform>%Ln Prüfungen bei %1 bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>The reverse failed on the copy: %1</source>
        <translation>Die Umkehrung ist auf der Kopie fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The validation after the reverse failed on the copy: %1.</source>
        <translation>Die Validierung nach der Umkehrung ist auf der Kopie fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>After the reverse the rows differ from those before the plan (%1).</source>
        <translation>Nach der Umkehrung weichen die Zeilen von denen vor dem Plan ab (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) passed at %1; every row as before.</source>
        <translation>
            <numerusform>%Ln Prüfung bei %1 bestanden; jede Zeile wie vorher.</numerusform>
            <numerusform>%Ln Prüfungen bei %1 bestanden; jede Zeile wie vorher.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scratch database &quot;%1&quot; on %2 could not be dropped (%3): drop it yourself.</source>
        <translation>Die Wegwerfdatenbank „%1“ auf %2 konnte nicht gelöscht werden (%3): Löschen Sie sie selbst.</translation>
    </message>
    <message>
        <source>Dropped &quot;%1&quot;.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>gma::Replicas</name>
    <message>
        <source>replay lag %1</source>
        <translation>Wiedergabe-Rückstand %1</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 zurück</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>Rückstand unbekannt</translation>
    </message>
    <message>
        <source>The replicas could not be read from pg_stat_replication: %1</source>
        <translation>Die Replikate ließen sich nicht aus pg_stat_replication lesen: %1</translation>
    </message>
    <message>
        <source>The server is a hot standby (it replays its primary&apos;s changes and accepts none of its own), so nothing was changed: run the migration on the primary server, and the standby receives it by replication.</source>
        <translation>Der Server ist ein Hot Standby (er spielt die Änderungen seines Primärservers nach und nimmt selbst keine an), daher wurde nichts geändert: Führen Sie die Migration auf dem Primärserver aus; der Standby erhält sie per Replikation.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>replica %1 is %2 behind (bound %3)</source>
        <translation>Replikat %1 liegt %2 zurück (Grenze %3)</translation>
    </message>
    <message>
        <source>replica %1 replays %2 behind (bound %3)</source>
        <translation>Replikat %1 spielt %2 hinterher ein (Grenze %3)</translation>
    </message>
    <message>
        <source>autovacuum is vacuuming %1 (phase %2)</source>
        <translation>Autovacuum bearbeitet %1 (Phase %2)</translation>
    </message>
</context>
<context>
    <name>gma::ReportData</name>
    <message>
        <source>GMA migration validation report</source>
        <translation>GMA-Validierungsbericht der Migration</translation>
    </message>
    <message>
        <source>Audit-field population could not be read: %1</source>
        <translation>Die Belegung der Audit-Felder konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>Der Verlauf der Läufe konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>gma::ReportTables</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>forward</source>
        <translation>vorwärts</translation>
    </message>
    <message>
        <source>backward</source>
        <translation>rückwärts</translation>
    </message>
    <message>
        <source>success</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>faked</source>
        <translation>ohne Ausführung eingetragen</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Serverversion</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>Werkzeugversion</translation>
    </message>
    <message>
        <source>Migration state</source>
        <translation>Migrationsstand</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Latest recorded migration</source>
        <translation>Zuletzt eingetragene Migration</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Audit-field population per model</source>
        <translation>Belegung der Audit-Felder je Modell</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>keine Tabelle</translation>
    </message>
    <message>
        <source>no column</source>
        <translation>keine Spalte</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Verlauf der Läufe</translation>
    </message>
    <message>
        <source>Newest first; times in UTC.</source>
        <translation>Neueste zuerst; Zeiten in UTC.</translation>
    </message>
    <message>
        <source>No runs recorded by the tool.</source>
        <translation>Das Werkzeug hat keine Läufe eingetragen.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>%1 Profile %2; times in UTC.</source>
        <translation>%1 Profil %2; Zeiten in UTC.</translation>
    </message>
    <message>
        <source>No deployment stage ran.</source>
        <translation>Keine Stufe der Bereitstellung lief.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>exit 0</source>
        <translation>Exit-Code 0</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeit überschritten</translation>
    </message>
    <message>
        <source>exit %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>No backup in the catalogue.</source>
        <translation>Keine Sicherung im Katalog.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Row counts</source>
        <translation>Zeilenzahlen</translation>
    </message>
    <message>
        <source>%1 · sha256 %2</source>
        <translation>%1 · sha256 %2</translation>
    </message>
</context>
<context>
    <name>gma::ReportWriter</name>
    <message>
        <source>%1 passed, %2 failed, %3 skipped</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 übersprungen</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Abfragen</translation>
    </message>
    <message>
        <source>The exact SQL each check ran.</source>
        <translation>Das genaue SQL, das jede Prüfung ausgeführt hat.</translation>
    </message>
    <message>
        <source>All checks passed (%1).</source>
        <translation>Alle Prüfungen bestanden (%1).</translation>
    </message>
    <message>
        <source>Validation failed: %1.</source>
        <translation>Validierung fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Validation could not run: %1</source>
        <translation>Die Validierung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Database &lt;b&gt;%1&lt;/b&gt; · generated %2 by GMA Migrator %3</source>
        <translation>Datenbank &lt;b&gt;%1&lt;/b&gt; · erstellt am %2 von GMA Migrator %3</translation>
    </message>
    <message>
        <source>GMA Migrator %1 · %2 · validation took %3</source>
        <translation>GMA Migrator %1 · %2 · die Validierung dauerte %3</translation>
    </message>
    <message>
        <source>Cannot write %1: name the report .html, .csv or .json (or .pdf with the PDF renderer).</source>
        <translation>%1 kann nicht geschrieben werden: Benennen Sie den Bericht .html, .csv oder .json (oder .pdf mit dem PDF-Renderer).</translation>
    </message>
    <message>
        <source>Cannot write the report %1: %2; choose a writable location.</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden: %2; wählen Sie einen beschreibbaren Ort.</translation>
    </message>
</context>
<context>
    <name>gma::SchemaContract</name>
    <message>
        <source>missing table %1</source>
        <translation>fehlende Tabelle %1</translation>
    </message>
    <message>
        <source>%1: missing %2 %3 (%4)</source>
        <translation>%1: fehlt %2 %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 %3 is &apos;%4&apos;, the contract has &apos;%5&apos;</source>
        <translation>%1: %2 %3 ist &apos;%4&apos;, der Vertrag hat &apos;%5&apos;</translation>
    </message>
    <message>
        <source>%1: unexpected %2 %3 (%4)</source>
        <translation>%1: unerwartet %2 %3 (%4)</translation>
    </message>
</context>
<context>
    <name>gma::Status</name>
    <message>
        <source>%1 was applied from a different definition than the one that would undo it (checksum drift): review the change, then pass --ignore-drift.</source>
        <translation>%1 wurde aus einer anderen Definition angewendet als der, die es zurücknehmen würde (abweichende Prüfsumme): Prüfen Sie die Änderung, dann geben Sie --ignore-drift an.</translation>
    </message>
</context>
<context>
    <name>gma::StepSql</name>
    <message>
        <source>%1 (backwards): data step, run in batches of --batch-size rows, each batch its own transaction.</source>
        <translation>%1 (rückwärts): Datenschritt, in Stapeln von --batch-size Zeilen ausgeführt, jeder Stapel in einer eigenen Transaktion.</translation>
    </message>
    <message>
        <source>%1: data step, run in batches of --batch-size rows, each batch its own transaction.</source>
        <translation>%1: Datenschritt, in Stapeln von --batch-size Zeilen ausgeführt, jeder Stapel in einer eigenen Transaktion.</translation>
    </message>
    <message>
        <source>%1 (backwards), online: each statement is its own short transaction (lock_timeout within the stall budget, retried), CREATE INDEX CONCURRENTLY outside any transaction.</source>
        <translation>%1 (rückwärts), online: jede Anweisung in einer eigenen kurzen Transaktion (lock_timeout innerhalb des Wartebudgets, mit Wiederholungen), CREATE INDEX CONCURRENTLY außerhalb jeder Transaktion.</translation>
    </message>
    <message>
        <source>%1, online: each statement is its own short transaction (lock_timeout within the stall budget, retried), CREATE INDEX CONCURRENTLY outside any transaction.</source>
        <translation>%1, online: jede Anweisung in einer eigenen kurzen Transaktion (lock_timeout innerhalb des Wartebudgets, mit Wiederholungen), CREATE INDEX CONCURRENTLY außerhalb jeder Transaktion.</translation>
    </message>
    <message>
        <source>Django&apos;s record of the migration, in its own transaction after the last statement</source>
        <translation>Djangos Eintrag der Migration, in einer eigenen Transaktion nach der letzten Anweisung</translation>
    </message>
    <message>
        <source>Django&apos;s record of the migration</source>
        <translation>Djangos Eintrag der Migration</translation>
    </message>
    <message>
        <source>For each batch: the id batch-size rows further on (parameters: lo, batch size)</source>
        <translation>Für jeden Stapel: die ID, die Stapelgröße Zeilen weiter liegt (Parameter: lo, Stapelgröße)</translation>
    </message>
    <message>
        <source>For each primary-key range [lo, hi) of %1 (parameters: lo, hi, lo, hi, then table and column name for each record)</source>
        <translation>Für jeden Primärschlüsselbereich [lo, hi) von %1 (Parameter: lo, hi, lo, hi, dann Tabellen- und Spaltenname je Eintrag)</translation>
    </message>
    <message>
        <source>The records of what the data step filled</source>
        <translation>Die Einträge dessen, was der Datenschritt gefüllt hat</translation>
    </message>
    <message>
        <source>For each group of recorded batches, at most one per column (parameters: the records&apos; ids, then each column name)</source>
        <translation>Für jede Gruppe aufgezeichneter Stapel, höchstens einer je Spalte (Parameter: die IDs der Einträge, dann jeder Spaltenname)</translation>
    </message>
    <message>
        <source>Then forget those records</source>
        <translation>Dann diese Einträge vergessen</translation>
    </message>
    <message>
        <source>Finally</source>
        <translation>Zum Schluss</translation>
    </message>
</context>
<context>
    <name>gma::ToolSchema</name>
    <message>
        <source>The role may not create the tool&apos;s schema %1: grant it CREATE on the database (or create the schema for it) and retry.</source>
        <translation>Die Rolle darf das Schema %1 des Werkzeugs nicht anlegen: Erteilen Sie ihr CREATE auf der Datenbank (oder legen Sie das Schema für sie an) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot create the tool&apos;s schema %1: %2</source>
        <translation>Das Schema %1 des Werkzeugs lässt sich nicht anlegen: %2</translation>
    </message>
</context>
<context>
    <name>gma::Validation</name>
    <message>
        <source>Cannot start a read-only transaction for the checks: %1</source>
        <translation>Für die Prüfungen lässt sich keine Nur-Lese-Transaktion beginnen: %1</translation>
    </message>
    <message>
        <source>no migration</source>
        <translation>keine Migration</translation>
    </message>
    <message>
        <source>%1; and %2 more</source>
        <translation>%1; und %2 weitere</translation>
    </message>
    <message>
        <source>%1 is missing</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>query failed</source>
        <translation>Abfrage fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not applicable: %1 stands at %2; the seed&apos;s validation applies after 0004.</source>
        <translation>Nicht zutreffend: %1 steht auf %2; die Validierung der Vorgabe gilt nach 0004.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) {lacks|lack} a value.</source>
        <translation>
            <numerusform>Bei %Ln Zeile fehlt ein Wert.</numerusform>
            <numerusform>Bei %Ln Zeilen fehlt ein Wert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applicable: %1 stands at %2; the contract fixes the schema at 0002 and 0004 only.</source>
        <translation>Nicht zutreffend: %1 steht auf %2; der Vertrag legt das Schema nur für 0002 und 0004 fest.</translation>
    </message>
    <message>
        <source>the contract&apos;s schema-at-0002.sql / schema-at-0004.sql</source>
        <translation>schema-at-0002.sql / schema-at-0004.sql des Vertrags</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>identical to the contract&apos;s schema-at-%1.sql (column order, types, nullability, defaults, constraint and index names)</source>
        <translation>identisch mit schema-at-%1.sql des Vertrags (Spaltenreihenfolge, Typen, NULL-Zulässigkeit, Vorgabewerte, Namen der Constraints und Indizes)</translation>
    </message>
    <message>
        <source>identical to the contract&apos;s schema (%1) (column order, types, nullability, defaults, constraint and index names)</source>
        <translation>identisch mit dem Schema des Vertrags (%1) (Spaltenreihenfolge, Typen, NULL-Zulässigkeit, Vorgabewerte, Namen der Constraints und Indizes)</translation>
    </message>
    <message numerus="yes">
        <source>identical (%Ln schema fact(s) compared)</source>
        <translation>
            <numerusform>identisch (%Ln Schemamerkmal verglichen)</numerusform>
            <numerusform>identisch (%Ln Schemamerkmale verglichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>no inconsistency, no duplicate rows</source>
        <translation>keine Widersprüche, keine doppelten Zeilen</translation>
    </message>
    <message>
        <source>django_migrations is missing</source>
        <translation>django_migrations fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln duplicate row(s)</source>
        <translation>
            <numerusform>%Ln doppelte Zeile</numerusform>
            <numerusform>%Ln doppelte Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>consistent (%Ln migration(s) recorded)</source>
        <translation>
            <numerusform>widerspruchsfrei (%Ln Migration eingetragen)</numerusform>
            <numerusform>widerspruchsfrei (%Ln Migrationen eingetragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>recorded checksum = built-in definition&apos;s, for every applied migration</source>
        <translation>eingetragene Prüfsumme = die der eingebauten Definition, für jede angewendete Migration</translation>
    </message>
    <message>
        <source>No run recorded by this tool (gma_migrator.history does not exist).</source>
        <translation>Kein Lauf dieses Werkzeugs aufgezeichnet (gma_migrator.history existiert nicht).</translation>
    </message>
    <message>
        <source>%1: recorded %2, definition %3</source>
        <translation>%1: eingetragen %2, Definition %3</translation>
    </message>
    <message>
        <source>None of the recorded migrations was applied by this tool (no checksum recorded).</source>
        <translation>Keine der eingetragenen Migrationen wurde von diesem Werkzeug angewendet (keine Prüfsumme aufgezeichnet).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checksum(s) match</source>
        <translation>
            <numerusform>%Ln Prüfsumme stimmt</numerusform>
            <numerusform>%Ln Prüfsummen stimmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln recorded migration(s) {was|were} applied by Django, without a checksum.</source>
        <translation>
            <numerusform>%Ln eingetragene Migration wurde von Django angewendet, ohne Prüfsumme.</numerusform>
            <numerusform>%Ln eingetragene Migrationen wurden von Django angewendet, ohne Prüfsumme.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (column missing)</source>
        <translation>%1 (Spalte fehlt)</translation>
    </message>
    <message>
        <source>Not applicable: the table&apos;s app stands before 0002.</source>
        <translation>Nicht zutreffend: Die App der Tabelle steht vor 0002.</translation>
    </message>
    <message>
        <source>0 orphaned rows (%1)</source>
        <translation>0 verwaiste Zeilen (%1)</translation>
    </message>
    <message>
        <source>The table has none of the contract&apos;s foreign-key columns.</source>
        <translation>Die Tabelle hat keine der Fremdschlüsselspalten des Vertrags.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) {points|point} to a row that does not exist.</source>
        <translation>
            <numerusform>%Ln Zeile verweist auf eine Zeile, die es nicht gibt.</numerusform>
            <numerusform>%Ln Zeilen verweisen auf eine Zeile, die es nicht gibt.</numerusform>
        </translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%Ln (campaign, name) pair(s) {is|are} used by more than one character.</source>
        <translation>
            <numerusform>%Ln Paar (Kampagne, Name) wird von mehr als einem Charakter benutzt.</numerusform>
            <numerusform>%Ln Paare (Kampagne, Name) werden von mehr als einem Charakter benutzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changed: %1.</source>
        <translation>Geändert: %1.</translation>
    </message>
    <message>
        <source>No backup catalogue (gma_migrator.backups does not exist).</source>
        <translation>Kein Sicherungskatalog (gma_migrator.backups existiert nicht).</translation>
    </message>
    <message>
        <source>No backup in the catalogue to compare with.</source>
        <translation>Keine Sicherung im Katalog zum Vergleichen.</translation>
    </message>
    <message>
        <source>Backup #%1 records no row counts of the GMA tables.</source>
        <translation>Sicherung #%1 verzeichnet keine Zeilenzahlen der GMA-Tabellen.</translation>
    </message>
    <message>
        <source>as in backup #%1 (%2 UTC): %3</source>
        <translation>wie in Sicherung #%1 (%2 UTC): %3</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Ausgangsdaten</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Migrations</source>
        <translation>Migrationen</translation>
    </message>
    <message>
        <source>%1 have audit fields (no NULL created_by / modified_by)</source>
        <translation>%1 haben Audit-Felder (kein NULL in created_by / modified_by)</translation>
    </message>
    <message>
        <source>%1 have timestamps (no NULL created_at / updated_at)</source>
        <translation>%1 haben Zeitstempel (kein NULL in created_at / updated_at)</translation>
    </message>
    <message>
        <source>GMA schema matches the contract for the recorded state</source>
        <translation>Das GMA-Schema entspricht dem Vertrag für den aufgezeichneten Stand</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Schema matches the contract</source>
        <translation>Schema entspricht dem Vertrag</translation>
    </message>
    <message>
        <source>Migration history is consistent (no migration recorded before its dependency)</source>
        <translation>Die Migrationshistorie ist widerspruchsfrei (keine Migration vor ihrer Abhängigkeit eingetragen)</translation>
    </message>
    <message>
        <source>Migration history is consistent</source>
        <translation>Migrationshistorie ist widerspruchsfrei</translation>
    </message>
    <message>
        <source>Applied migrations match their built-in definitions (checksums)</source>
        <translation>Angewendete Migrationen entsprechen ihren eingebauten Definitionen (Prüfsummen)</translation>
    </message>
    <message>
        <source>Migration checksums match</source>
        <translation>Prüfsummen der Migrationen stimmen</translation>
    </message>
    <message>
        <source>No orphaned foreign keys in %1</source>
        <translation>Keine verwaisten Fremdschlüssel in %1</translation>
    </message>
    <message>
        <source>Constraint unique_character_name_per_campaign exists</source>
        <translation>Constraint unique_character_name_per_campaign existiert</translation>
    </message>
    <message>
        <source>Unique character name per campaign: constraint</source>
        <translation>Eindeutiger Charaktername je Kampagne: Constraint</translation>
    </message>
    <message>
        <source>No duplicate character names within a campaign</source>
        <translation>Keine doppelten Charakternamen innerhalb einer Kampagne</translation>
    </message>
    <message>
        <source>Unique character name per campaign: data</source>
        <translation>Eindeutiger Charaktername je Kampagne: Daten</translation>
    </message>
    <message>
        <source>Row counts unchanged since the last catalogued backup</source>
        <translation>Zeilenzahlen seit der letzten katalogisierten Sicherung unverändert</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Row counts match the last backup</source>
        <translation>Zeilenzahlen entsprechen der letzten Sicherung</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mixed (%1)</source>
        <translation>gemischt (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s) from the contract.</source>
        <translation>
            <numerusform>%Ln Abweichung vom Vertrag.</numerusform>
            <numerusform>%Ln Abweichungen vom Vertrag.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::cli::Cli</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>App &apos;%1&apos; does not have migrations.</source>
        <translation>Die App „%1“ hat keine Migrationen.</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Usage: gma-migrator-cli [--db CONNINFO] [--lang LOCALE] COMMAND [ARGS...]

Carries out, checks and undoes the GMA mixin migration.

Connection: --db takes a postgresql:// URI or a libpq keyword string (host=... dbname=...);
without it, PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE and ~/.pgpass apply, as for psql.

Commands:
</source>
        <translation>Aufruf: gma-migrator-cli [--db CONNINFO] [--lang LOCALE] BEFEHL [ARGUMENTE...]

Führt die GMA-Mixin-Migration aus, prüft sie und macht sie rückgängig.

Verbindung: --db nimmt eine postgresql://-URI oder eine libpq-Schlüsselwortliste (host=... dbname=...);
ohne --db gelten PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE und ~/.pgpass, wie bei psql.

Befehle:
</translation>
    </message>
    <message>
        <source>
Global options:
  --db CONNINFO           Connection (URI or keyword string).
  --migrations-dir DIR    Use migration definitions from DIR instead of the built-in ones.
  --lang LOCALE           The language of the messages (de, en ...; default: the system&apos;s, LANG);
                          --json and showmigrations always print English.
  --help                  This help; COMMAND --help for a command&apos;s options.
  --version               The tool&apos;s version.

Exit codes: 0 success, 1 refused or checks failed, 2 usage, 3 cannot connect,
4 migration failed or cancelled (the running step was rolled back).
</source>
        <translation>
Globale Optionen:
  --db CONNINFO           Verbindung (URI oder Schlüsselwortliste).
  --migrations-dir DIR    Migrationsdefinitionen aus DIR statt der eingebauten verwenden.
  --lang LOCALE           Die Sprache der Meldungen (de, en ...; Vorgabe: die des Systems, LANG);
                          --json und showmigrations geben immer Englisch aus.
  --help                  Diese Hilfe; BEFEHL --help für die Optionen eines Befehls.
  --version               Die Version des Werkzeugs.

Exit-Codes: 0 Erfolg, 1 abgelehnt oder Prüfungen fehlgeschlagen, 2 falscher Aufruf, 3 keine Verbindung,
4 Migration fehlgeschlagen oder abgebrochen (der laufende Schritt wurde zurückgerollt).
</translation>
    </message>
    <message>
        <source>Connection: postgresql:// URI or libpq keyword string.</source>
        <translation>Verbindung: postgresql://-URI oder libpq-Schlüsselwortliste.</translation>
    </message>
    <message>
        <source>Migration definitions to use instead of the built-in ones.</source>
        <translation>Migrationsdefinitionen, die statt der eingebauten verwendet werden.</translation>
    </message>
    <message>
        <source>The language of the messages (de, en ...; default: the system&apos;s); --json and showmigrations always print English.</source>
        <translation>Die Sprache der Meldungen (de, en ...; Vorgabe: die des Systems); --json und showmigrations geben immer Englisch aus.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>Usage: gma-migrator-cli %1

%2

%3
</source>
        <translation>Aufruf: gma-migrator-cli %1

%2

%3
</translation>
    </message>
    <message>
        <source>carries out, checks and undoes the GMA mixin migration</source>
        <translation>führt die GMA-Mixin-Migration aus, prüft sie und macht sie rückgängig</translation>
    </message>
    <message>
        <source>COMMAND OPTIONS</source>
        <translation>BEFEHLSOPTIONEN</translation>
    </message>
    <message>
        <source>The migration definitions cannot be used: %1</source>
        <translation>Die Migrationsdefinitionen können nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>%1: see gma-migrator-cli %2 --help.</source>
        <translation>%1: siehe gma-migrator-cli %2 --help.</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;: run gma-migrator-cli --help for the list.</source>
        <translation>Unbekannter Befehl „%1“: gma-migrator-cli --help zeigt die Liste.</translation>
    </message>
    <message>
        <source>No migrations present for: %1.</source>
        <translation>Keine Migrationen vorhanden für: %1.</translation>
    </message>
    <message>
        <source>%1 was applied from a definition that has changed since (checksum differs).</source>
        <translation>%1 wurde aus einer Definition angewendet, die sich seitdem geändert hat (abweichende Prüfsumme).</translation>
    </message>
    <message>
        <source>%1 Repair: %2</source>
        <translation>%1 Reparatur: %2</translation>
    </message>
    <message>
        <source>sqlmigrate needs an app and a migration name: sqlmigrate APP NAME.</source>
        <translation>sqlmigrate braucht eine App und einen Migrationsnamen: sqlmigrate APP NAME.</translation>
    </message>
    <message>
        <source>Lists each app&apos;s migrations as Django does: [X] applied, [ ] not applied.</source>
        <translation>Listet die Migrationen jeder App wie Django: [X] angewendet, [ ] nicht angewendet.</translation>
    </message>
    <message>
        <source>Prints the SQL a migration runs (NAME may be a unique prefix such as 0003). Needs no database.</source>
        <translation>Gibt das SQL aus, das eine Migration ausführt (NAME darf ein eindeutiges Präfix wie 0003 sein). Braucht keine Datenbank.</translation>
    </message>
    <message>
        <source>The SQL that unapplies the migration.</source>
        <translation>Das SQL, das die Migration zurücknimmt.</translation>
    </message>
    <message>
        <source>The SQL of migrate --online for a schema migration: each statement its own short transaction, indexes built CONCURRENTLY.</source>
        <translation>Das SQL von migrate --online für eine Schemamigration: jede Anweisung in einer eigenen kurzen Transaktion, Indizes mit CONCURRENTLY erstellt.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Give at most an app and a target (migrate [APP [TARGET]]), or --rollback alone.</source>
        <translation>Geben Sie höchstens eine App und ein Ziel an (migrate [APP [TARGET]]) oder nur --rollback.</translation>
    </message>
    <message>
        <source>All of them: %1</source>
        <translation>Alle: %1</translation>
    </message>
    <message>
        <source>All of them: %1   (or: gma-migrator-cli preflight --all)</source>
        <translation>Alle: %1   (oder: gma-migrator-cli preflight --all)</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln check(s) run</source>
        <translation>
            <numerusform>%Ln Prüfung ausgeführt</numerusform>
            <numerusform>%Ln Prüfungen ausgeführt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln error(s)</source>
        <translation>
            <numerusform>%Ln Fehler</numerusform>
            <numerusform>%Ln Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln Warnung</numerusform>
            <numerusform>%Ln Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>--%1 needs a number of seconds (0 or more).</source>
        <translation>--%1 braucht eine Anzahl Sekunden (0 oder mehr).</translation>
    </message>
    <message>
        <source>An open transaction older than this many seconds counts as long (default 60).</source>
        <translation>Eine offene Transaktion, die älter als so viele Sekunden ist, gilt als lang (Vorgabe 60).</translation>
    </message>
    <message>
        <source>%1: does not exist yet</source>
        <translation>%1: existiert noch nicht</translation>
    </message>
    <message>
        <source>%1: ~%2 rows (reltuples %3, n_live_tup %4), %5</source>
        <translation>%1: ~%2 Zeilen (reltuples %3, n_live_tup %4), %5</translation>
    </message>
    <message>
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source> [also %1]</source>
        <translation> [außerdem %1]</translation>
    </message>
    <message>
        <source> blocks app</source>
        <translation> blockiert App</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeit</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Lock held</source>
        <translation>Sperre gehalten</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>Gefahr: %1</translation>
    </message>
    <message>
        <source>added earlier in this plan</source>
        <translation>früher in diesem Plan hinzugefügt</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Set back to NULL</source>
        <translation>Zurück auf NULL</translation>
    </message>
    <message>
        <source>Will fill</source>
        <translation>Wird gefüllt</translation>
    </message>
    <message>
        <source>Left alone</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>--stall-budget needs a positive number of milliseconds.</source>
        <translation>--stall-budget braucht eine positive Anzahl Millisekunden.</translation>
    </message>
    <message numerus="yes">
        <source>Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step(s), schema steps online (--online). Nothing has been changed.</source>
        <translation>
            <numerusform>Auswirkung von `%1` auf die Datenbank „%2“ (PostgreSQL %3): %Ln Schritt, Schemaschritte online (--online). Es wurde nichts geändert.</numerusform>
            <numerusform>Auswirkung von `%1` auf die Datenbank „%2“ (PostgreSQL %3): %Ln Schritte, Schemaschritte online (--online). Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Impact of `%1` on database &quot;%2&quot; (PostgreSQL %3): %Ln step(s). Nothing has been changed.</source>
        <translation>
            <numerusform>Auswirkung von `%1` auf die Datenbank „%2“ (PostgreSQL %3): %Ln Schritt. Es wurde nichts geändert.</numerusform>
            <numerusform>Auswirkung von `%1` auf die Datenbank „%2“ (PostgreSQL %3): %Ln Schritte. Es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock held: how long each statement&apos;s lock is held, estimated from the tables&apos; sizes (each statement its own transaction); &quot;blocks app&quot;: the application&apos;s reads or writes wait for it. Stall budget %1 ms.</source>
        <translation>Sperre gehalten: wie lange die Sperre jeder Anweisung gehalten wird, geschätzt aus den Tabellengrößen (jede Anweisung in ihrer eigenen Transaktion); „blockiert App“: Lese- oder Schreibzugriffe der Anwendung warten darauf. Wartebudget %1 ms.</translation>
    </message>
    <message>
        <source>Lock held: how long each statement&apos;s lock is held, estimated from the tables&apos; sizes (until the step&apos;s one transaction commits); &quot;blocks app&quot;: the application&apos;s reads or writes wait for it. Stall budget %1 ms.</source>
        <translation>Sperre gehalten: wie lange die Sperre jeder Anweisung gehalten wird, geschätzt aus den Tabellengrößen (bis die eine Transaktion des Schritts festgeschrieben ist); „blockiert App“: Lese- oder Schreibzugriffe der Anwendung warten darauf. Wartebudget %1 ms.</translation>
    </message>
    <message>
        <source>  No migrations to apply.</source>
        <translation>  Keine Migrationen anzuwenden.</translation>
    </message>
    <message>
        <source>%1 (data, backward)</source>
        <translation>%1 (Daten, rückwärts)</translation>
    </message>
    <message>
        <source>%1 (data, forward)</source>
        <translation>%1 (Daten, vorwärts)</translation>
    </message>
    <message>
        <source>%1 (schema, backward)</source>
        <translation>%1 (Schema, rückwärts)</translation>
    </message>
    <message>
        <source>%1 (schema, forward)</source>
        <translation>%1 (Schema, vorwärts)</translation>
    </message>
    <message>
        <source>WAL: about %1 (%2)</source>
        <translation>WAL: etwa %1 (%2)</translation>
    </message>
    <message>
        <source>WAL: about %1 in all, estimated from the tables&apos; sizes and row counts (not measured), plus up to %2 of full-page images after a checkpoint; every streaming replica receives and replays as much.</source>
        <translation>WAL: insgesamt etwa %1, geschätzt aus Tabellengrößen und Zeilenzahlen (nicht gemessen), dazu bis zu %2 an Full-Page-Images nach einem Checkpoint; jedes Streaming-Replikat empfängt und spielt ebenso viel ein.</translation>
    </message>
    <message>
        <source>Rehearsal: `migrate --dry-run` runs on a copy and locks nothing here; in place (--dry-run --in-place) it holds %1, until it is rolled back at the end.</source>
        <translation>Probelauf: `migrate --dry-run` läuft auf einer Kopie und sperrt hier nichts; vor Ort (--dry-run --in-place) hält er %1, bis er am Ende zurückgerollt wird.</translation>
    </message>
    <message>
        <source>Hazards (the preflight checks `migrate` runs first):</source>
        <translation>Gefahren (die Vorabprüfungen, die `migrate` zuerst ausführt):</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht laufen: %1</translation>
    </message>
    <message>
        <source>  None found.</source>
        <translation>  Keine gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Preflight checks for `%1` (%Ln step(s)):</source>
        <translation>
            <numerusform>Vorabprüfungen für `%1` (%Ln Schritt):</numerusform>
            <numerusform>Vorabprüfungen für `%1` (%Ln Schritte):</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Ready to run.</source>
        <translation>%1 Bereit zum Ausführen.</translation>
    </message>
    <message>
        <source>%1 The run would be refused.</source>
        <translation>%1 Der Lauf würde abgelehnt.</translation>
    </message>
    <message>
        <source>Preflight checks skipped (--%1).</source>
        <translation>Vorabprüfungen übersprungen (--%1).</translation>
    </message>
    <message>
        <source>Preflight checks:</source>
        <translation>Vorabprüfungen:</translation>
    </message>
    <message numerus="yes">
        <source>Preflight checks found %Ln problem(s) (%1), so the rollback was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</source>
        <translation>
            <numerusform>Die Vorabprüfungen haben %Ln Problem gefunden (%1), daher wurde das Zurücksetzen abgelehnt und nichts geändert: beheben Sie es und versuchen Sie es erneut, oder geben Sie --%2 an, wenn Sie sicher sind.</numerusform>
            <numerusform>Die Vorabprüfungen haben %Ln Probleme gefunden (%1), daher wurde das Zurücksetzen abgelehnt und nichts geändert: beheben Sie sie und versuchen Sie es erneut, oder geben Sie --%2 an, wenn Sie sicher sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight checks found %Ln problem(s) (%1), so the rehearsal was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</source>
        <translation>
            <numerusform>Die Vorabprüfungen haben %Ln Problem gefunden (%1), daher wurde der Probelauf abgelehnt und nichts geändert: beheben Sie es und versuchen Sie es erneut, oder geben Sie --%2 an, wenn Sie sicher sind.</numerusform>
            <numerusform>Die Vorabprüfungen haben %Ln Probleme gefunden (%1), daher wurde der Probelauf abgelehnt und nichts geändert: beheben Sie sie und versuchen Sie es erneut, oder geben Sie --%2 an, wenn Sie sicher sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Preflight checks found %Ln problem(s) (%1), so the migration was refused and nothing was changed: fix them and retry, or pass --%2 if you are sure.</source>
        <translation>
            <numerusform>Die Vorabprüfungen haben %Ln Problem gefunden (%1), daher wurde die Migration abgelehnt und nichts geändert: beheben Sie es und versuchen Sie es erneut, oder geben Sie --%2 an, wenn Sie sicher sind.</numerusform>
            <numerusform>Die Vorabprüfungen haben %Ln Probleme gefunden (%1), daher wurde die Migration abgelehnt und nichts geändert: beheben Sie sie und versuchen Sie es erneut, oder geben Sie --%2 an, wenn Sie sicher sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows what `migrate [APP [TARGET]]` (or, with --rollback, the rollback) would do, without doing it: per statement the table lock it takes, how long it holds it (estimated from the table&apos;s size), whether it rewrites or scans the table, table sizes and row estimates, the exact rows each data step fills or sets back, and the hazards: locks longer than the stall budget, audit columns NOT NULL without a default (deploy the application version that writes them first).</source>
        <translation>Zeigt, was `migrate [APP [TARGET]]` (oder mit --rollback das Zurücksetzen) tun würde, ohne es zu tun: je Anweisung die Tabellensperre, die sie nimmt, wie lange sie sie hält (geschätzt aus der Tabellengröße), ob sie die Tabelle neu schreibt oder durchsucht, Tabellengrößen und Zeilenschätzungen, die genauen Zeilen, die jeder Datenschritt füllt oder zurücksetzt, und die Gefahren: Sperren länger als das Wartebudget, Audit-Spalten NOT NULL ohne Vorgabewert (zuerst die Anwendungsversion bereitstellen, die sie schreibt).</translation>
    </message>
    <message>
        <source>Preview the strategy&apos;s rollback.</source>
        <translation>Das Zurücksetzen der Strategie vorab ansehen.</translation>
    </message>
    <message>
        <source>Preview the schema steps&apos; --online variant (each statement its own short transaction, indexes built CONCURRENTLY).</source>
        <translation>Die --online-Variante der Schemaschritte vorab ansehen (jede Anweisung in einer eigenen kurzen Transaktion, Indizes mit CONCURRENTLY erstellt).</translation>
    </message>
    <message>
        <source>The longest the application may wait for a lock, in ms, that the hazards are measured against (default 1000).</source>
        <translation>Die längste Zeit in ms, die die Anwendung auf eine Sperre warten darf; daran werden die Gefahren gemessen (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>Checks, without changing anything, what would make `migrate [APP [TARGET]]` (or the rollback) fail or block the application: names too long for the new varchar(100), NULL descriptions, missing privileges, schema drift, history out of order, sessions holding locks, long transactions. Exit 1 when a check finds an error; migrate and rollback run these checks first.</source>
        <translation>Prüft, ohne etwas zu ändern, was `migrate [APP [TARGET]]` (oder das Zurücksetzen) scheitern lassen oder die Anwendung blockieren würde: Namen, die für das neue varchar(100) zu lang sind, NULL-Beschreibungen, fehlende Rechte, Schemaabweichungen, Verlauf in falscher Reihenfolge, Sitzungen, die Sperren halten, lange Transaktionen. Exit 1, wenn eine Prüfung einen Fehler findet; migrate und rollback führen diese Prüfungen zuerst aus.</translation>
    </message>
    <message>
        <source>Check the strategy&apos;s rollback.</source>
        <translation>Das Zurücksetzen der Strategie prüfen.</translation>
    </message>
    <message>
        <source>List every offending row, not only the first 10.</source>
        <translation>Jede betroffene Zeile auflisten, nicht nur die ersten 10.</translation>
    </message>
    <message>
        <source>Check as for a rehearsal: sessions holding locks only warn.</source>
        <translation>Wie für einen Probelauf prüfen: Sitzungen, die Sperren halten, ergeben nur Warnungen.</translation>
    </message>
    <message>
        <source>Do not run the preflight checks first (not recommended).</source>
        <translation>Die Vorabprüfungen nicht zuerst ausführen (nicht empfohlen).</translation>
    </message>
    <message>
        <source>--statement-timeout needs a duration such as 30s, 500ms, 2min or a number of milliseconds.</source>
        <translation>--statement-timeout braucht eine Dauer wie 30s, 500ms, 2min oder eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>--batch-target-ms paces the batch size and --batch-size fixes it: use one of them.</source>
        <translation>--batch-target-ms taktet die Stapelgröße und --batch-size legt sie fest: verwenden Sie nur eine davon.</translation>
    </message>
    <message>
        <source>--batch-target-ms needs a positive number of milliseconds.</source>
        <translation>--batch-target-ms braucht eine positive Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>--batch-pause-ms needs a number of milliseconds (0 or more).</source>
        <translation>--batch-pause-ms braucht eine Anzahl Millisekunden (0 oder mehr).</translation>
    </message>
    <message>
        <source>--max-replica-lag needs a time such as 5s, a size such as 64MB, or both (5s,64MB).</source>
        <translation>--max-replica-lag braucht eine Zeit wie 5s, eine Größe wie 64MB oder beides (5s,64MB).</translation>
    </message>
    <message>
        <source>--max-throttle-wait needs a duration such as 10min, 30s or a number of milliseconds.</source>
        <translation>--max-throttle-wait braucht eine Dauer wie 10min, 30s oder eine Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>--stall-budget only applies to --online.</source>
        <translation>--stall-budget gilt nur mit --online.</translation>
    </message>
    <message>
        <source>--batch-size needs a positive number of rows.</source>
        <translation>--batch-size braucht eine positive Anzahl Zeilen.</translation>
    </message>
    <message>
        <source>--lock-timeout needs a positive number of milliseconds.</source>
        <translation>--lock-timeout braucht eine positive Anzahl Millisekunden.</translation>
    </message>
    <message>
        <source>--lock-retries needs a number of retries (0 or more).</source>
        <translation>--lock-retries braucht eine Anzahl Wiederholungen (0 oder mehr).</translation>
    </message>
    <message>
        <source>Unapply migrations even if their definition changed since they were applied.</source>
        <translation>Migrationen auch dann zurücknehmen, wenn sich ihre Definition seit dem Anwenden geändert hat.</translation>
    </message>
    <message>
        <source>Rows in every batch of a data step: a fixed size, no pacing (default: paced, see --batch-target-ms).</source>
        <translation>Zeilen in jedem Stapel eines Datenschritts: eine feste Größe, keine Taktung (Vorgabe: getaktet, siehe --batch-target-ms).</translation>
    </message>
    <message>
        <source>How long a data step&apos;s batch should take: the batch size starts at 1000 rows, grows while batches are faster and shrinks after a slower one or a lock timeout (default 200).</source>
        <translation>Wie lange ein Stapel eines Datenschritts dauern soll: Die Stapelgröße beginnt bei 1000 Zeilen, wächst, solange Stapel schneller sind, und schrumpft nach einem langsameren oder nach einer Sperrzeitüberschreitung (Vorgabe 200).</translation>
    </message>
    <message>
        <source>Pause between two batches of a data step (default 0).</source>
        <translation>Pause zwischen zwei Stapeln eines Datenschritts (Vorgabe 0).</translation>
    </message>
    <message>
        <source>Before each batch, wait while a streaming replica is further behind than this: a time (5s), a size of WAL (64MB) or both (5s,64MB); default: no bound. Paced runs also wait while autovacuum works on the step&apos;s table.</source>
        <translation>Vor jedem Stapel warten, solange ein Streaming-Replikat weiter zurückliegt als dies: eine Zeit (5s), eine WAL-Größe (64MB) oder beides (5s,64MB); Vorgabe: keine Grenze. Getaktete Läufe warten auch, solange Autovacuum an der Tabelle des Schritts arbeitet.</translation>
    </message>
    <message>
        <source>Stop a data step (keeping its finished batches) when one such wait lasts longer than this (default 10min).</source>
        <translation>Einen Datenschritt anhalten (seine fertigen Stapel bleiben), wenn eine solche Wartezeit länger dauert als dies (Vorgabe 10min).</translation>
    </message>
    <message>
        <source>How long one attempt waits for a table lock, in ms (default 3000).</source>
        <translation>Wie lange ein Versuch auf eine Tabellensperre wartet, in ms (Vorgabe 3000).</translation>
    </message>
    <message>
        <source>How often a step retries after a lock timeout (default 5).</source>
        <translation>Wie oft ein Schritt es nach einer Sperrzeitüberschreitung erneut versucht (Vorgabe 5).</translation>
    </message>
    <message>
        <source>Cancel a statement that runs longer than this (30s, 500ms, 2min or ms; default: the server&apos;s statement_timeout); its step is rolled back.</source>
        <translation>Eine Anweisung abbrechen, die länger läuft als dies (30s, 500ms, 2min oder ms; Vorgabe: statement_timeout des Servers); ihr Schritt wird zurückgerollt.</translation>
    </message>
    <message>
        <source>Skip the VACUUM (ANALYZE) of the tables whose rows the data steps changed.</source>
        <translation>Das VACUUM (ANALYZE) der Tabellen überspringen, deren Zeilen die Datenschritte geändert haben.</translation>
    </message>
    <message>
        <source>Run the schema steps online: each catalogue change its own short transaction with a lock timeout within the stall budget, indexes built CONCURRENTLY, foreign keys and NOT NULL validated separately; same end schema. Narrowing items&apos; name still rewrites the table (preview estimates it). The data steps&apos; batches keep within the budget too (see --stall-budget).</source>
        <translation>Die Schemaschritte online ausführen: jede Katalogänderung in einer eigenen kurzen Transaktion mit einer Sperrzeitgrenze innerhalb des Wartebudgets, Indizes mit CONCURRENTLY erstellt, Fremdschlüssel und NOT NULL getrennt validiert; dasselbe Endschema. Das Verkürzen von items.name schreibt die Tabelle trotzdem neu (preview schätzt es). Die Stapel der Datenschritte bleiben ebenfalls im Budget (siehe --stall-budget).</translation>
    </message>
    <message>
        <source>With --online: how long a statement may keep the application waiting for a lock, in ms (default 1000): a catalogue change waits at most half of it for its lock, a data step&apos;s batch a quarter of it for a row the application holds (then it lets go of its rows and is retried with fewer), and batches aim at most at half of it.</source>
        <translation>Mit --online: wie lange eine Anweisung die Anwendung auf eine Sperre warten lassen darf, in ms (Vorgabe 1000): Eine Katalogänderung wartet höchstens die Hälfte davon auf ihre Sperre, ein Stapel eines Datenschritts ein Viertel davon auf eine Zeile, die die Anwendung hält (dann gibt er seine Zeilen frei und wird mit weniger wiederholt), und Stapel zielen auf höchstens die Hälfte davon.</translation>
    </message>
    <message>
        <source>Record the planned migrations as applied (unapplied) without running their SQL, as Django&apos;s --fake; refused unless the live schema matches the state recorded.</source>
        <translation>Die geplanten Migrationen als angewendet (zurückgenommen) eintragen, ohne ihr SQL auszuführen, wie Djangos --fake; abgelehnt, wenn das tatsächliche Schema nicht zum eingetragenen Stand passt.</translation>
    </message>
    <message>
        <source>With --fake: record even when the live schema does not match.</source>
        <translation>Mit --fake: auch eintragen, wenn das tatsächliche Schema nicht passt.</translation>
    </message>
    <message>
        <source>--force only applies to --fake: it records without a matching schema.</source>
        <translation>--force gilt nur mit --fake: Es trägt ohne passendes Schema ein.</translation>
    </message>
    <message>
        <source>ACCESS EXCLUSIVE on the planned tables for its whole run (the estimate could not be made: %1)</source>
        <translation>ACCESS EXCLUSIVE auf den geplanten Tabellen für den ganzen Lauf (die Schätzung war nicht möglich: %1)</translation>
    </message>
    <message>
        <source>In place, the rehearsal holds %1: the application waits on those tables until it ends.</source>
        <translation>Vor Ort hält der Probelauf %1: Die Anwendung wartet auf diese Tabellen, bis er endet.</translation>
    </message>
    <message>
        <source>Rehearse in place? Type &apos;yes&apos; to continue: </source>
        <translation>Probelauf vor Ort ausführen? Geben Sie &apos;yes&apos; ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>Rehearsal cancelled; nothing was changed.</source>
        <translation>Probelauf abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>  Rehearsed %1... </source>
        <translation>  Probelauf %1... </translation>
    </message>
    <message>
        <source>  Unapplying %1... </source>
        <translation>  Nehme %1 zurück... </translation>
    </message>
    <message>
        <source>  Applying %1... </source>
        <translation>  Wende %1 an... </translation>
    </message>
    <message>
        <source>CANCELLED</source>
        <translation>ABGEBROCHEN</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>FAKED</source>
        <translation>EINGETRAGEN (FAKE)</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %Ln {batch|batches}</source>
        <translation>
            <numerusform>%1 in %Ln Stapel</numerusform>
            <numerusform>%1 in %Ln Stapeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <translation>
            <numerusform>%Ln Versuch</numerusform>
            <numerusform>%Ln Versuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>throttled %Ln time(s) for %1</source>
        <translation>
            <numerusform>%Ln-mal gedrosselt für %1</numerusform>
            <numerusform>%Ln-mal gedrosselt für %1</numerusform>
        </translation>
    </message>
    <message>
        <source>OK (%1)</source>
        <translation>OK (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s), %1</source>
        <translation>
            <numerusform>%Ln Zeile, %1</numerusform>
            <numerusform>%Ln Zeilen, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rehearsal finished: everything was rolled back, the database is unchanged.</source>
        <translation>Probelauf beendet: Alles wurde zurückgerollt, die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Operations to perform:</source>
        <translation>Auszuführende Operationen:</translation>
    </message>
    <message>
        <source>  Apply all migrations: %1</source>
        <translation>  Alle Migrationen anwenden: %1</translation>
    </message>
    <message>
        <source>  Unapply all migrations: %1</source>
        <translation>  Alle Migrationen zurücknehmen: %1</translation>
    </message>
    <message>
        <source>  Target specific migration: %1, from %2</source>
        <translation>  Bestimmte Zielmigration: %1, aus %2</translation>
    </message>
    <message>
        <source>migrate takes at most an app and a target: migrate [APP [TARGET]].</source>
        <translation>migrate nimmt höchstens eine App und ein Ziel: migrate [APP [TARGET]].</translation>
    </message>
    <message>
        <source>--fake and --fake-initial record without running: they cannot be rehearsed with --dry-run.</source>
        <translation>--fake und --fake-initial tragen ein, ohne auszuführen: Sie lassen sich nicht mit --dry-run proben.</translation>
    </message>
    <message>
        <source>Use --fake or --fake-initial, not both: --fake records every planned migration, --fake-initial only initial ones whose tables exist.</source>
        <translation>Verwenden Sie --fake oder --fake-initial, nicht beide: --fake trägt jede geplante Migration ein, --fake-initial nur initiale, deren Tabellen existieren.</translation>
    </message>
    <message>
        <source>Running migrations:</source>
        <translation>Migrationen werden ausgeführt:</translation>
    </message>
    <message>
        <source>Rehearsing migrations on a copy (the database itself is neither changed nor locked):</source>
        <translation>Probelauf der Migrationen auf einer Kopie (die Datenbank selbst wird weder verändert noch gesperrt):</translation>
    </message>
    <message>
        <source>Rehearsing migrations in place (one transaction, rolled back at the end):</source>
        <translation>Probelauf der Migrationen vor Ort (eine Transaktion, am Ende zurückgerollt):</translation>
    </message>
    <message>
        <source>Refusing to roll back without confirmation: no terminal is attached, pass --yes.</source>
        <translation>Zurücksetzen ohne Bestätigung abgelehnt: Es ist kein Terminal angeschlossen, geben Sie --yes an.</translation>
    </message>
    <message>
        <source>Are you sure you want to roll back? Type &apos;yes&apos; to continue: </source>
        <translation>Wollen Sie wirklich zurücksetzen? Geben Sie &apos;yes&apos; ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>Rollback cancelled; nothing was changed.</source>
        <translation>Zurücksetzen abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>rollback takes no arguments; it always returns the strategy&apos;s apps to 0002.</source>
        <translation>rollback nimmt keine Argumente; es bringt die Apps der Strategie immer auf 0002 zurück.</translation>
    </message>
    <message>
        <source>Nothing to roll back: %1 stand at %2 or below.</source>
        <translation>Nichts zurückzusetzen: %1 stehen auf %2 oder darunter.</translation>
    </message>
    <message>
        <source>Rollback of the mixin migration on database &quot;%1&quot; (%2):
  data steps first, then schema steps, back to 0002.</source>
        <translation>Zurücksetzen der Mixin-Migration auf der Datenbank „%1“ (%2):
  zuerst die Datenschritte, dann die Schemaschritte, zurück auf 0002.</translation>
    </message>
    <message>
        <source>Recording the rollback without running it (--fake):</source>
        <translation>Das Zurücksetzen wird eingetragen, ohne es auszuführen (--fake):</translation>
    </message>
    <message>
        <source>Running rollback:</source>
        <translation>Zurücksetzen wird ausgeführt:</translation>
    </message>
    <message>
        <source>Brings apps to their latest migration, or APP forward or backward to TARGET (a unique prefix such as 0003, or zero), with Django&apos;s semantics. Each schema migration runs in one transaction; data steps run in short batches. Ctrl-C stops safely.</source>
        <translation>Bringt die Apps auf ihre neueste Migration oder APP vorwärts oder rückwärts auf TARGET (ein eindeutiges Präfix wie 0003 oder zero), mit Djangos Semantik. Jede Schemamigration läuft in einer Transaktion; Datenschritte laufen in kurzen Stapeln. Strg-C hält sicher an.</translation>
    </message>
    <message>
        <source>Only list the planned operations.</source>
        <translation>Nur die geplanten Operationen auflisten.</translation>
    </message>
    <message>
        <source>Record initial migrations whose tables already exist as applied without running them, as Django&apos;s --fake-initial; run the others.</source>
        <translation>Initiale Migrationen, deren Tabellen schon existieren, als angewendet eintragen, ohne sie auszuführen, wie Djangos --fake-initial; die anderen ausführen.</translation>
    </message>
    <message>
        <source>Rehearse on a copy: the latest verified backup (or a fresh one) restored into a scratch database, the plan and its reverse run and validated there, the durations reported as the estimate for production, the copy dropped. With --in-place: on the database itself, in one transaction rolled back at the end.</source>
        <translation>Probelauf auf einer Kopie: die neueste geprüfte Sicherung (oder eine neue) in eine Arbeitsdatenbank eingespielt, der Plan und seine Umkehrung dort ausgeführt und validiert, die Dauern als Schätzung für die Produktion gemeldet, die Kopie gelöscht. Mit --in-place: auf der Datenbank selbst, in einer Transaktion, die am Ende zurückgerollt wird.</translation>
    </message>
    <message>
        <source>With --dry-run --in-place: do not ask for confirmation.</source>
        <translation>Mit --dry-run --in-place: nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <source>The strategy&apos;s rollback: data steps (each app to 0003), then schema steps (to 0002). Asks for confirmation on a terminal; without one it needs --yes.</source>
        <translation>Das Zurücksetzen der Strategie: Datenschritte (jede App auf 0003), dann Schemaschritte (auf 0002). Fragt auf einem Terminal nach Bestätigung; ohne Terminal braucht es --yes.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>Nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <source>With --dry-run: rehearse on the database itself in one transaction that is rolled back, holding ACCESS EXCLUSIVE on the planned tables until it ends (an outage on a live database).</source>
        <translation>Mit --dry-run: der Probelauf auf der Datenbank selbst in einer Transaktion, die zurückgerollt wird; er hält ACCESS EXCLUSIVE auf den geplanten Tabellen, bis er endet (ein Ausfall auf einer Live-Datenbank).</translation>
    </message>
    <message>
        <source>With --dry-run: the server (URI or keyword string, as --db) to create the scratch copy on; default: the database&apos;s own server. Fields left out are taken from --db.</source>
        <translation>Mit --dry-run: der Server (URI oder Schlüsselwortliste, wie --db), auf dem die Arbeitskopie angelegt wird; Vorgabe: der Server der Datenbank. Fehlende Felder werden aus --db übernommen.</translation>
    </message>
    <message>
        <source>With --dry-run: take a new backup for the copy even when a verified one holds the database&apos;s migration state.</source>
        <translation>Mit --dry-run: eine neue Sicherung für die Kopie erstellen, auch wenn eine geprüfte den Migrationsstand der Datenbank enthält.</translation>
    </message>
    <message>
        <source>--in-place, --rehearse-server and --fresh-backup only apply to a rehearsal: add --dry-run.</source>
        <translation>--in-place, --rehearse-server und --fresh-backup gelten nur für einen Probelauf: Geben Sie --dry-run an.</translation>
    </message>
    <message>
        <source>--rehearse-server and --fresh-backup name the copy a rehearsal runs on: they do not go with --in-place.</source>
        <translation>--rehearse-server und --fresh-backup bestimmen die Kopie, auf der ein Probelauf läuft: Sie passen nicht zu --in-place.</translation>
    </message>
    <message>
        <source>--rehearse-server: %1</source>
        <translation>--rehearse-server: %1</translation>
    </message>
    <message>
        <source>not run: %1</source>
        <translation>nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <source>%1; failed: %2</source>
        <translation>%1; fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>equal to the contract at %1</source>
        <translation>gleich dem Vertrag bei %1</translation>
    </message>
    <message>
        <source>differs from the contract at %1 (%2)</source>
        <translation>weicht vom Vertrag bei %1 ab (%2)</translation>
    </message>
    <message>
        <source>not compared</source>
        <translation>nicht verglichen</translation>
    </message>
    <message>
        <source>FAILED (%1)</source>
        <translation>FEHLGESCHLAGEN (%1)</translation>
    </message>
    <message>
        <source>Unapplied %1... </source>
        <translation>%1 zurückgenommen... </translation>
    </message>
    <message>
        <source>Applied %1... </source>
        <translation>%1 angewendet... </translation>
    </message>
    <message numerus="yes">
        <source>OK (%1, %Ln row(s))</source>
        <translation>
            <numerusform>OK (%1, %Ln Zeile)</numerusform>
            <numerusform>OK (%1, %Ln Zeilen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Checks after the plan: %1.
  Schema %2.</source>
        <translation>Prüfungen nach dem Plan: %1.
  Schema %2.</translation>
    </message>
    <message>
        <source>Checks after the reverse: %1.
  Schema %2; rows equal to those before the plan.</source>
        <translation>Prüfungen nach der Umkehrung: %1.
  Schema %2; Zeilen gleich denen vor dem Plan.</translation>
    </message>
    <message>
        <source>Checks after the reverse: %1.
  Schema %2; rows differ (%3).</source>
        <translation>Prüfungen nach der Umkehrung: %1.
  Schema %2; Zeilen weichen ab (%3).</translation>
    </message>
    <message>
        <source>a fresh backup</source>
        <translation>einer neuen Sicherung</translation>
    </message>
    <message>
        <source>backup #%1</source>
        <translation>Sicherung #%1</translation>
    </message>
    <message>
        <source>Estimate for production: the plan takes about %1 (schema steps %2, data steps %3), its reverse about %4 (measured on a copy of %5 on %6).</source>
        <translation>Schätzung für die Produktion: Der Plan dauert etwa %1 (Schemaschritte %2, Datenschritte %3), seine Umkehrung etwa %4 (gemessen auf einer Kopie von %5 auf %6).</translation>
    </message>
    <message>
        <source>The scratch database &quot;%1&quot; was dropped; the database itself was neither changed nor locked.</source>
        <translation>Die Arbeitsdatenbank „%1“ wurde gelöscht; die Datenbank selbst wurde weder verändert noch gesperrt.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>(no column)</source>
        <translation>(keine Spalte)</translation>
    </message>
    <message>
        <source>Late rows: %1</source>
        <translation>Späte Zeilen: %1</translation>
    </message>
    <message>
        <source>No runs recorded yet.</source>
        <translation>Noch keine Läufe aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 %5  %6  %7 rows  %8  %9
</source>
        <translation>%1  %2  %3  %4 %5  %6  %7 Zeilen  %8  %9
</translation>
    </message>
    <message>
        <source>Per model: rows, and how many lack %1; after the data step, the rows still without audit users (late rows: how many, the newest id), which fill-audit fills.</source>
        <translation>Je Modell: Zeilen und wie vielen %1 fehlt; nach dem Datenschritt die Zeilen, die noch keine Audit-Benutzer haben (späte Zeilen: wie viele, die neueste ID), die fill-audit füllt.</translation>
    </message>
    <message>
        <source>The runs the tool recorded: who, when, what, how long, outcome (newest first).</source>
        <translation>Die Läufe, die das Werkzeug aufgezeichnet hat: wer, wann, was, wie lange, Ergebnis (neueste zuerst).</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Baseline %1 taken at %2: `monitor` now compares with it.
</source>
        <translation>Referenz %1 erstellt um %2: `monitor` vergleicht jetzt damit.
</translation>
    </message>
    <message>
        <source>Baseline %1, taken %2 (%3); now %4.
</source>
        <translation>Referenz %1, erstellt %2 (%3); jetzt %4.
</translation>
    </message>
    <message>
        <source>No baseline yet (one is taken before each run, or with monitor --baseline); the figures now, %1.
</source>
        <translation>Noch keine Referenz (eine wird vor jedem Lauf erstellt oder mit monitor --baseline); die Zahlen jetzt, %1.
</translation>
    </message>
    <message>
        <source> (no such table)</source>
        <translation> (keine solche Tabelle)</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>  index %1 %2 scans%3
</source>
        <translation>  Index %1 %2 Scans%3
</translation>
    </message>
    <message>
        <source>  (added by the migration)</source>
        <translation>  (von der Migration hinzugefügt)</translation>
    </message>
    <message>
        <source>  Audit trail: not migrated yet.</source>
        <translation>  Audit-Spur: noch nicht migriert.</translation>
    </message>
    <message>
        <source>  Audit trail since %1 (%2): no rows created or modified yet.
</source>
        <translation>  Audit-Spur seit %1 (%2): noch keine Zeilen angelegt oder geändert.
</translation>
    </message>
    <message>
        <source>  Audit trail since %1 (%2): created %3 with created_by; modified %4 with modified_by.
</source>
        <translation>  Audit-Spur seit %1 (%2): angelegt %3 mit created_by; geändert %4 mit modified_by.
</translation>
    </message>
    <message>
        <source>  Last vacuum %1, autovacuum %2, analyze %3, autoanalyze %4.
</source>
        <translation>  Letztes Vacuum %1, Autovacuum %2, Analyze %3, Autoanalyze %4.
</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The three tables now beside the latest baseline (taken before each run): scans, index use (the migration&apos;s indexes marked), rows, dead rows, size, statement times when pg_stat_statements is installed, and the audit trail since the migration. --baseline takes a baseline now.</source>
        <translation>Die drei Tabellen jetzt neben der neuesten Referenz (vor jedem Lauf erstellt): Scans, Indexnutzung (die Indizes der Migration markiert), Zeilen, tote Zeilen, Größe, Zeiten der Anweisungen, wenn pg_stat_statements installiert ist, und die Audit-Spur seit der Migration. --baseline erstellt jetzt eine Referenz.</translation>
    </message>
    <message>
        <source>Take a baseline now and store it.</source>
        <translation>Jetzt eine Referenz erstellen und speichern.</translation>
    </message>
    <message>
        <source>Server: %1, PostgreSQL %2, hot standby (read-only: migrate and rollback run on its primary)</source>
        <translation>Server: %1, PostgreSQL %2, Hot Standby (nur lesend: migrate und rollback laufen auf seinem Primärserver)</translation>
    </message>
    <message>
        <source>Server: %1, PostgreSQL %2, primary</source>
        <translation>Server: %1, PostgreSQL %2, Primärserver</translation>
    </message>
    <message>
        <source>Replicas: none streaming from this server.</source>
        <translation>Replikate: keines streamt von diesem Server.</translation>
    </message>
    <message>
        <source>Replicas (%1):</source>
        <translation>Replikate (%1):</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>: %1, %2; lag write %3, flush %4, replay %5; %6</source>
        <translation>: %1, %2; Rückstand Schreiben %3, Flush %4, Einspielen %5; %6</translation>
    </message>
    <message>
        <source>bytes behind unknown (needs pg_monitor)</source>
        <translation>Rückstand in Bytes unbekannt (braucht pg_monitor)</translation>
    </message>
    <message>
        <source>%1 behind</source>
        <translation>%1 zurück</translation>
    </message>
    <message>
        <source>The server&apos;s role (primary or hot standby) and the streaming replicas of a primary with their lag: write, flush and replay lag, and the WAL bytes each has still to replay (a lag of &apos;-&apos; is not known: idle and caught up).</source>
        <translation>Die Rolle des Servers (Primärserver oder Hot Standby) und die Streaming-Replikate eines Primärservers mit ihrem Rückstand: Schreib-, Flush- und Einspielrückstand und die WAL-Bytes, die jedes noch einspielen muss (ein Rückstand von &apos;-&apos; ist unbekannt: untätig und aufgeholt).</translation>
    </message>
    <message>
        <source>--rows needs a positive number.</source>
        <translation>--rows braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; has tables of another application: init-demo only builds on an empty database. Create a new database for the demo.</source>
        <translation>Die Datenbank „%1“ enthält Tabellen einer anderen Anwendung: init-demo baut nur auf einer leeren Datenbank auf. Legen Sie eine neue Datenbank für die Demo an.</translation>
    </message>
    <message>
        <source>Demo database ready at 0002 in %1: %2 users, %3 campaigns, %4 characters, %5 items, %6 locations.</source>
        <translation>Demo-Datenbank bereit auf 0002 in %1: %2 Benutzer, %3 Kampagnen, %4 Charaktere, %5 Gegenstände, %6 Orte.</translation>
    </message>
    <message>
        <source>On an empty database, builds the GMA schema at 0002 and fills it with demo data: users, campaigns, and N characters, items and locations (default 1000).</source>
        <translation>Baut auf einer leeren Datenbank das GMA-Schema auf 0002 auf und füllt es mit Demodaten: Benutzer, Kampagnen und je N Charaktere, Gegenstände und Orte (Vorgabe 1000).</translation>
    </message>
    <message>
        <source>Characters, items and locations each.</source>
        <translation>Charaktere, Gegenstände und Orte, jeweils.</translation>
    </message>
    <message>
        <source>  (%1 written)</source>
        <translation>  (%1 geschrieben)</translation>
    </message>
    <message>
        <source>  (%1 written so far)</source>
        <translation>  (bisher %1 geschrieben)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <source>dumping</source>
        <translation>sichere</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Sicherung geschrieben: %1</translation>
    </message>
    <message>
        <source>%1 format, %2 in %3, sha256 %4</source>
        <translation>%1-Format, %2 in %3, sha256 %4</translation>
    </message>
    <message numerus="yes">
        <source>verified; state %1 (%Ln migration(s) recorded); rows: %2</source>
        <translation>
            <numerusform>geprüft; Stand %1 (%Ln Migration eingetragen); Zeilen: %2</numerusform>
            <numerusform>geprüft; Stand %1 (%Ln Migrationen eingetragen); Zeilen: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NOT verified; state %1 (%Ln migration(s) recorded); rows: %2</source>
        <translation>
            <numerusform>NICHT geprüft; Stand %1 (%Ln Migration eingetragen); Zeilen: %2</numerusform>
            <numerusform>NICHT geprüft; Stand %1 (%Ln Migrationen eingetragen); Zeilen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>catalogue #%1</source>
        <translation>Katalog #%1</translation>
    </message>
    <message>
        <source>checking</source>
        <translation>prüfe</translation>
    </message>
    <message>
        <source>backup takes no arguments: use --output PATH to choose the file.</source>
        <translation>backup nimmt keine Argumente: Wählen Sie die Datei mit --output PATH.</translation>
    </message>
    <message>
        <source>--format takes custom, plain or directory.</source>
        <translation>--format nimmt custom, plain oder directory.</translation>
    </message>
    <message>
        <source>Backing up %1:</source>
        <translation>Sicherung von %1:</translation>
    </message>
    <message>
        <source>The backup catalogue cannot be read: %1</source>
        <translation>Der Sicherungskatalog kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No backups recorded yet: take one with `gma-migrator-cli backup`.</source>
        <translation>Noch keine Sicherungen eingetragen: Erstellen Sie eine mit `gma-migrator-cli backup`.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>  (missing)</source>
        <translation>  (fehlt)</translation>
    </message>
    <message>
        <source>restore needs the backup to restore: restore PATH --db TARGET.</source>
        <translation>restore braucht die einzuspielende Sicherung: restore PATH --db TARGET.</translation>
    </message>
    <message>
        <source>Name the database to restore into with --db TARGET (a database name or connection string): restore never picks its target itself.</source>
        <translation>Nennen Sie die Datenbank, in die eingespielt wird, mit --db TARGET (ein Datenbankname oder eine Verbindungszeichenkette): restore wählt sein Ziel nie selbst.</translation>
    </message>
    <message>
        <source>Restoring %1 into %2 (replacing its contents):</source>
        <translation>Spiele %1 in %2 ein (ersetzt deren Inhalt):</translation>
    </message>
    <message>
        <source>Restoring %1 into %2:</source>
        <translation>Spiele %1 in %2 ein:</translation>
    </message>
    <message>
        <source>restoring</source>
        <translation>spiele ein</translation>
    </message>
    <message>
        <source>Restored %1 backup into database &quot;%2&quot; (created) in %3.</source>
        <translation>Sicherung im Format %1 in die Datenbank „%2“ (angelegt) eingespielt in %3.</translation>
    </message>
    <message>
        <source>Restored %1 backup into database &quot;%2&quot; in %3.</source>
        <translation>Sicherung im Format %1 in die Datenbank „%2“ eingespielt in %3.</translation>
    </message>
    <message>
        <source>Automatic backup skipped (--no-backup).</source>
        <translation>Automatische Sicherung übersprungen (--no-backup).</translation>
    </message>
    <message>
        <source>No automatic backup: the database has no tables yet.</source>
        <translation>Keine automatische Sicherung: Die Datenbank hat noch keine Tabellen.</translation>
    </message>
    <message>
        <source>Taking a backup before the rollback (skip with --no-backup):</source>
        <translation>Sicherung vor dem Zurücksetzen (überspringen mit --no-backup):</translation>
    </message>
    <message>
        <source>Taking a backup before migrating (skip with --no-backup):</source>
        <translation>Sicherung vor der Migration (überspringen mit --no-backup):</translation>
    </message>
    <message>
        <source>%1 Nothing was changed; fix that, or pass --no-backup to run without a backup.</source>
        <translation>%1 Es wurde nichts geändert; beheben Sie das, oder geben Sie --no-backup an, um ohne Sicherung zu laufen.</translation>
    </message>
    <message>
        <source>Backup taken: %1 (%2, verified, catalogue #%3).</source>
        <translation>Sicherung erstellt: %1 (%2, geprüft, Katalog #%3).</translation>
    </message>
    <message>
        <source>Backup taken: %1 (%2, not verified, catalogue #%3).</source>
        <translation>Sicherung erstellt: %1 (%2, nicht geprüft, Katalog #%3).</translation>
    </message>
    <message>
        <source>Backup taken: %1 (%2, verified).</source>
        <translation>Sicherung erstellt: %1 (%2, geprüft).</translation>
    </message>
    <message>
        <source>Backup taken: %1 (%2, not verified).</source>
        <translation>Sicherung erstellt: %1 (%2, nicht geprüft).</translation>
    </message>
    <message>
        <source>Backs the database up with pg_dump (the client matching the server&apos;s version), verifies the result with pg_restore --list, and records it in the catalogue with its SHA-256, the migration state and the row counts. Default file: ~/.local/share/gma-migrator/backups/DB-DATE-TIME.dump. --verify re-checks a backup: file present, checksum unchanged, archive readable. GMA_PG_BIN names the folder of pg_dump and pg_restore.</source>
        <translation>Sichert die Datenbank mit pg_dump (dem Client, der zur Version des Servers passt), prüft das Ergebnis mit pg_restore --list und trägt es mit SHA-256, Migrationsstand und Zeilenzahlen in den Katalog ein. Vorgabedatei: ~/.local/share/gma-migrator/backups/DB-DATUM-ZEIT.dump. --verify prüft eine Sicherung erneut: Datei vorhanden, Prüfsumme unverändert, Archiv lesbar. GMA_PG_BIN nennt den Ordner von pg_dump und pg_restore.</translation>
    </message>
    <message>
        <source>Where to write the backup.</source>
        <translation>Wohin die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <source>custom (default), plain or directory.</source>
        <translation>custom (Vorgabe), plain oder directory.</translation>
    </message>
    <message>
        <source>A note stored with the backup.</source>
        <translation>Eine Notiz, die mit der Sicherung gespeichert wird.</translation>
    </message>
    <message>
        <source>Re-verify a backup (catalogue id or path).</source>
        <translation>Eine Sicherung erneut prüfen (Katalog-ID oder Pfad).</translation>
    </message>
    <message>
        <source>Lists the backup catalogue: id, when, size, format, verified, the migration state at that moment, and the file (marked missing when it is gone).</source>
        <translation>Listet den Sicherungskatalog: ID, Zeitpunkt, Größe, Format, geprüft, den Migrationsstand zu diesem Zeitpunkt und die Datei (als fehlend markiert, wenn sie weg ist).</translation>
    </message>
    <message>
        <source>Restores a backup into the database TARGET names (a database name or connection string; it is created when missing) in one transaction. Refuses a non-empty database unless --clean is given, which replaces its contents.</source>
        <translation>Spielt eine Sicherung in einer Transaktion in die Datenbank ein, die TARGET nennt (ein Datenbankname oder eine Verbindungszeichenkette; sie wird angelegt, wenn sie fehlt). Lehnt eine nicht leere Datenbank ab, außer mit --clean, das ihren Inhalt ersetzt.</translation>
    </message>
    <message>
        <source>Replace the contents of a non-empty target database.</source>
        <translation>Den Inhalt einer nicht leeren Zieldatenbank ersetzen.</translation>
    </message>
    <message>
        <source>Do not take the automatic backup first.</source>
        <translation>Nicht zuerst die automatische Sicherung erstellen.</translation>
    </message>
    <message>
        <source>Folder for the automatic backup (default ~/.local/share/gma-migrator/backups).</source>
        <translation>Ordner für die automatische Sicherung (Vorgabe ~/.local/share/gma-migrator/backups).</translation>
    </message>
    <message>
        <source>Cannot tell the report format of %1: name it .html, .pdf, .csv or .json.</source>
        <translation>Das Berichtsformat von %1 ist nicht erkennbar: Benennen Sie die Datei .html, .pdf, .csv oder .json.</translation>
    </message>
    <message>
        <source>Report written: %1 (%2)</source>
        <translation>Bericht geschrieben: %1 (%2)</translation>
    </message>
    <message>
        <source>validate takes no arguments: use --report PATH for a report.</source>
        <translation>validate nimmt keine Argumente: Verwenden Sie --report PATH für einen Bericht.</translation>
    </message>
    <message>
        <source>Validation of database &quot;%1&quot; (%2), migration state %3:</source>
        <translation>Validierung der Datenbank „%1“ (%2), Migrationsstand %3:</translation>
    </message>
    <message>
        <source>expected: %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <source>actual:   %1</source>
        <translation>tatsächlich: %1</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>Runs the seed&apos;s post-migration validation queries (at 0004) and the DBA&apos;s checks: schema against the contract, migration checksums, orphaned foreign keys, unique character names, row counts against the last backup. --report writes HTML, PDF, CSV or JSON by the file&apos;s extension (repeatable). Exit 0 when nothing failed, 1 otherwise.</source>
        <translation>Führt die Validierungsabfragen des Seeds nach der Migration (auf 0004) und die Prüfungen des DBA aus: Schema gegen den Vertrag, Prüfsummen der Migrationen, verwaiste Fremdschlüssel, eindeutige Charakternamen, Zeilenzahlen gegen die letzte Sicherung. --report schreibt HTML, PDF, CSV oder JSON je nach Dateiendung (wiederholbar). Exit 0, wenn nichts fehlschlug, sonst 1.</translation>
    </message>
    <message>
        <source>Also write a report: .html, .pdf, .csv or .json (may be given several times).</source>
        <translation>Zusätzlich einen Bericht schreiben: .html, .pdf, .csv oder .json (mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Print the report as JSON instead of text.</source>
        <translation>Den Bericht als JSON statt als Text ausgeben.</translation>
    </message>
    <message numerus="yes">
        <source>fleet: %1 on %Ln target(s)</source>
        <translation>
            <numerusform>Flotte: %1 auf %Ln Ziel</numerusform>
            <numerusform>Flotte: %1 auf %Ln Zielen</numerusform>
        </translation>
    </message>
    <message>
        <source>starting</source>
        <translation>startet</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>BEFORE</source>
        <translation>VORHER</translation>
    </message>
    <message>
        <source>AFTER</source>
        <translation>NACHHER</translation>
    </message>
    <message>
        <source>STEPS</source>
        <translation>SCHRITTE</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of at least %2.</source>
        <translation>--%1 braucht eine ganze Zahl von mindestens %2.</translation>
    </message>
    <message>
        <source>A fleet rollout always runs the preflight on every target first; --skip-preflight is not available here.</source>
        <translation>Ein Flotten-Rollout führt immer zuerst die Vorabprüfung auf jedem Ziel aus; --skip-preflight gibt es hier nicht.</translation>
    </message>
    <message>
        <source>--report belongs to fleet validate.</source>
        <translation>--report gehört zu fleet validate.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>Name what to run on the fleet: showmigrations, preflight, migrate, rollback, validate or backup.</source>
        <translation>Nennen Sie, was auf der Flotte laufen soll: showmigrations, preflight, migrate, rollback, validate oder backup.</translation>
    </message>
    <message>
        <source>fleet %1 takes %2.</source>
        <translation>fleet %1 nimmt %2.</translation>
    </message>
    <message>
        <source>at most an app and a target</source>
        <translation>höchstens eine App und ein Ziel</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>Name the targets file with --targets FILE (one database per line).</source>
        <translation>Nennen Sie die Zieldatei mit --targets FILE (eine Datenbank je Zeile).</translation>
    </message>
    <message>
        <source>Runs showmigrations, preflight, migrate, rollback, validate or backup on every database of FILE (one postgresql:// URI, keyword string or service=NAME per line, optionally `LABEL: ` first; # comments; never a password). migrate and rollback run the preflight on every target first and start nothing when one fails, then the canaries one at a time, then the rest at most N at once. Ctrl-C stops starting targets and cancels the running ones safely. Ends with one summary; the exit code is the worst target&apos;s.</source>
        <translation>Führt showmigrations, preflight, migrate, rollback, validate oder backup auf jeder Datenbank aus FILE aus (eine postgresql://-URI, Schlüsselwortliste oder service=NAME je Zeile, optional mit `LABEL: ` davor; # Kommentare; nie ein Passwort). migrate und rollback führen zuerst auf jedem Ziel die Vorabprüfung aus und starten nichts, wenn eine scheitert, dann die Kanarienvögel einzeln, dann den Rest mit höchstens N gleichzeitig. Strg-C startet keine weiteren Ziele und bricht die laufenden sicher ab. Endet mit einer Zusammenfassung; der Exit-Code ist der des schlechtesten Ziels.</translation>
    </message>
    <message>
        <source>The targets file.</source>
        <translation>Die Zieldatei.</translation>
    </message>
    <message>
        <source>Targets running at once (default 4).</source>
        <translation>Gleichzeitig laufende Ziele (Vorgabe 4).</translation>
    </message>
    <message>
        <source>Run the first N ready targets alone first (default 0).</source>
        <translation>Die ersten N bereiten Ziele zuerst einzeln ausführen (Vorgabe 0).</translation>
    </message>
    <message>
        <source>Go on with the other targets when one fails its preflight or its run.</source>
        <translation>Mit den anderen Zielen weitermachen, wenn eines an der Vorabprüfung oder am Lauf scheitert.</translation>
    </message>
    <message>
        <source>Rehearse on every target in place (one transaction rolled back, holding the plan&apos;s table locks until it ends; rehearse on a copy with migrate --dry-run per database).</source>
        <translation>Probelauf auf jedem Ziel vor Ort (eine zurückgerollte Transaktion, die die Tabellensperren des Plans bis zum Ende hält; Probelauf auf einer Kopie mit migrate --dry-run je Datenbank).</translation>
    </message>
    <message>
        <source>fleet preflight: check the rollback.</source>
        <translation>fleet preflight: das Zurücksetzen prüfen.</translation>
    </message>
    <message>
        <source>fleet rollback: do not ask for confirmation.</source>
        <translation>fleet rollback: nicht um Bestätigung bitten.</translation>
    </message>
    <message>
        <source>fleet validate: also write one report over every target (.html, .pdf, .csv or .json; may be given several times).</source>
        <translation>fleet validate: zusätzlich einen Bericht über alle Ziele schreiben (.html, .pdf, .csv oder .json; mehrfach angebbar).</translation>
    </message>
    <message>
        <source>Ask for the password of each server and user of the targets once (~/.pgpass and PGPASSWORD need none).</source>
        <translation>Einmal nach dem Passwort jedes Servers und Benutzers der Ziele fragen (~/.pgpass und PGPASSWORD brauchen keines).</translation>
    </message>
    <message>
        <source>The %1 stage failed. Roll the migration back now? Type &apos;yes&apos; to roll back: </source>
        <translation>Die Phase %1 ist fehlgeschlagen. Die Migration jetzt zurücksetzen? Geben Sie &apos;yes&apos; ein, um zurückzusetzen: </translation>
    </message>
    <message>
        <source>To undo the migration: gma-migrator-cli rollback --yes (a backup was taken first unless the profile says backup = no).</source>
        <translation>Um die Migration rückgängig zu machen: gma-migrator-cli rollback --yes (zuvor wurde eine Sicherung erstellt, außer das Profil sagt backup = no).</translation>
    </message>
    <message>
        <source>%1 of the window left</source>
        <translation>noch %1 vom Fenster</translation>
    </message>
    <message>
        <source>the window is used up</source>
        <translation>das Fenster ist aufgebraucht</translation>
    </message>
    <message>
        <source>The deployment profile %1 already exists: edit it, or remove it first.</source>
        <translation>Das Bereitstellungsprofil %1 existiert bereits: Bearbeiten Sie es, oder entfernen Sie es zuerst.</translation>
    </message>
    <message>
        <source>Wrote the deployment profile %1 (the seed&apos;s runbook; edit the commands):</source>
        <translation>Bereitstellungsprofil %1 geschrieben (das Runbook des Seeds; bearbeiten Sie die Befehle):</translation>
    </message>
    <message>
        <source>deploy takes no arguments: it migrates every app, as the seed&apos;s runbook.</source>
        <translation>deploy nimmt keine Argumente: Es migriert jede App, wie das Runbook des Seeds.</translation>
    </message>
    <message>
        <source>Nothing to deploy: every app is at its latest migration; no command of the profile ran.</source>
        <translation>Nichts bereitzustellen: Jede App ist auf ihrer neuesten Migration; kein Befehl des Profils wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Deployment of database &quot;%1&quot; (%2) with the profile %3, a %4 maintenance window:</source>
        <translation>Bereitstellung der Datenbank „%1“ (%2) mit dem Profil %3, ein Wartungsfenster von %4:</translation>
    </message>
    <message>
        <source>The seed&apos;s production deployment: the profile&apos;s commands before (maintenance mode on), preflight, backup, migrate, the seed&apos;s verification query, validation, then the failure commands if a stage failed and the after commands in every case (health check, maintenance mode off), each stage timed against the maintenance window. The profile is $XDG_CONFIG_HOME/gma-migrator/deploy/NAME.conf (default: default.conf). Exit 0 deployed, 1 a stage failed, 4 the migration failed.</source>
        <translation>Die Produktionsbereitstellung des Seeds: die Befehle des Profils davor (Wartungsmodus an), Vorabprüfung, Sicherung, Migration, die Prüfabfrage des Seeds, Validierung, dann die Fehlerbefehle, wenn eine Phase scheiterte, und in jedem Fall die Befehle danach (Zustandsprüfung, Wartungsmodus aus), jede Phase gegen das Wartungsfenster gemessen. Das Profil ist $XDG_CONFIG_HOME/gma-migrator/deploy/NAME.conf (Vorgabe: default.conf). Exit 0 bereitgestellt, 1 eine Phase scheiterte, 4 die Migration scheiterte.</translation>
    </message>
    <message>
        <source>The deployment profile: a name in the configuration folder or a path.</source>
        <translation>Das Bereitstellungsprofil: ein Name im Konfigurationsordner oder ein Pfad.</translation>
    </message>
    <message>
        <source>Write the seed&apos;s runbook as a new profile to edit, and stop.</source>
        <translation>Das Runbook des Seeds als neues Profil zum Bearbeiten schreiben und aufhören.</translation>
    </message>
    <message>
        <source>Write the deployment report: .html, .pdf, .csv or .json (repeatable).</source>
        <translation>Den Bereitstellungsbericht schreiben: .html, .pdf, .csv oder .json (wiederholbar).</translation>
    </message>
    <message>
        <source>Roll the migration back when a stage after it fails, without asking.</source>
        <translation>Die Migration ohne Nachfrage zurücksetzen, wenn eine Phase danach scheitert.</translation>
    </message>
    <message>
        <source>repair needs one app: repair APP (showmigrations names the apps that need one).</source>
        <translation>repair braucht eine App: repair APP (showmigrations nennt die Apps, die eine brauchen).</translation>
    </message>
    <message>
        <source>Nothing to repair: the record of %1 and its tables agree.</source>
        <translation>Nichts zu reparieren: Der Eintrag von %1 und seine Tabellen stimmen überein.</translation>
    </message>
    <message>
        <source>No repair is safe here; fix it by hand as said above.</source>
        <translation>Hier ist keine Reparatur sicher; beheben Sie es von Hand, wie oben beschrieben.</translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation>Reparatur: %1</translation>
    </message>
    <message>
        <source>Refusing to repair without confirmation: no terminal is attached, pass --yes.</source>
        <translation>Reparatur ohne Bestätigung abgelehnt: Es ist kein Terminal angeschlossen, geben Sie --yes an.</translation>
    </message>
    <message>
        <source>Repair %1? Type &apos;yes&apos; to go ahead: </source>
        <translation>%1 reparieren? Geben Sie &apos;yes&apos; ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>Not repaired; nothing was changed.</source>
        <translation>Nicht repariert; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Repaired: %1 is at 0002 in its record and its schema; `gma-migrator-cli migrate %1` applies the migration whole.</source>
        <translation>Repariert: %1 steht in seinem Eintrag und in seinem Schema auf 0002; `gma-migrator-cli migrate %1` wendet die Migration vollständig an.</translation>
    </message>
    <message>
        <source>Makes APP&apos;s record and its tables agree where showmigrations says they do not: records or unrecords what the schema shows (checked against the contract), runs a data step that stopped part-way again, or drops what a half-applied schema step left (committed only when the table then has the contract&apos;s 0002 schema). Shows what it does first and asks.</source>
        <translation>Bringt den Eintrag von APP und seine Tabellen in Übereinstimmung, wo showmigrations sagt, dass sie abweichen: trägt ein oder aus, was das Schema zeigt (gegen den Vertrag geprüft), führt einen auf halbem Weg angehaltenen Datenschritt erneut aus oder entfernt, was ein halb angewendeter Schemaschritt hinterließ (nur festgeschrieben, wenn die Tabelle danach das 0002-Schema des Vertrags hat). Zeigt zuerst, was es tut, und fragt.</translation>
    </message>
    <message>
        <source>Show the repair and its statements, change nothing.</source>
        <translation>Die Reparatur und ihre Anweisungen zeigen, nichts ändern.</translation>
    </message>
    <message>
        <source>Repair without asking.</source>
        <translation>Ohne Nachfrage reparieren.</translation>
    </message>
    <message>
        <source>%1 is not one of the apps with audit fields (%2).</source>
        <translation>%1 ist keine der Apps mit Audit-Feldern (%2).</translation>
    </message>
    <message>
        <source>fill-audit takes at most one app: fill-audit [APP].</source>
        <translation>fill-audit nimmt höchstens eine App: fill-audit [APP].</translation>
    </message>
    <message>
        <source>No late rows: every row of the three models has its audit users, or the data step is not recorded yet (migrate fills those).</source>
        <translation>Keine späten Zeilen: Jede Zeile der drei Modelle hat ihre Audit-Benutzer, oder der Datenschritt ist noch nicht eingetragen (migrate füllt diese).</translation>
    </message>
    <message>
        <source>No late rows: every row %1 has its audit users, or the data step is not recorded yet (migrate fills those).</source>
        <translation>Keine späten Zeilen: Jede Zeile von %1 hat ihre Audit-Benutzer, oder der Datenschritt ist noch nicht eingetragen (migrate füllt diese).</translation>
    </message>
    <message>
        <source>Refusing to fill without confirmation: no terminal is attached, pass --yes.</source>
        <translation>Füllen ohne Bestätigung abgelehnt: Es ist kein Terminal angeschlossen, geben Sie --yes an.</translation>
    </message>
    <message>
        <source>Fill them? Type &apos;yes&apos; to go ahead: </source>
        <translation>Füllen? Geben Sie &apos;yes&apos; ein, um fortzufahren: </translation>
    </message>
    <message>
        <source>Not filled; nothing was changed.</source>
        <translation>Nicht gefüllt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Fills late rows: rows inserted after the data step without audit users (scripts, bulk imports), found by audit and validate. The data step&apos;s own batches fill them from each row&apos;s owner, paced and with lock retries, and record what they fill, so that a rollback of the data step sets them back to NULL. Only APP&apos;s model when given. Shows what it found first and asks. Exit 0 filled or nothing to fill, 1 refused, 4 failed or cancelled.</source>
        <translation>Füllt späte Zeilen: Zeilen, die nach dem Datenschritt ohne Audit-Benutzer eingefügt wurden (Skripte, Massenimporte), gefunden von audit und validate. Die eigenen Stapel des Datenschritts füllen sie aus dem Besitzer jeder Zeile, getaktet und mit Sperrwiederholungen, und zeichnen auf, was sie füllen, damit ein Zurücksetzen des Datenschritts sie wieder auf NULL setzt. Nur das Modell von APP, wenn angegeben. Zeigt zuerst, was es gefunden hat, und fragt. Exit 0 gefüllt oder nichts zu füllen, 1 abgelehnt, 4 fehlgeschlagen oder abgebrochen.</translation>
    </message>
    <message>
        <source>Show the late rows, change nothing.</source>
        <translation>Die späten Zeilen zeigen, nichts ändern.</translation>
    </message>
    <message>
        <source>Fill without asking.</source>
        <translation>Ohne Nachfrage füllen.</translation>
    </message>
    <message>
        <source>... and %1 more (%2 in all).</source>
        <translation>... und %1 weitere (%2 insgesamt).</translation>
    </message>
    <message numerus="yes">
        <source>Backup %1 is sound: %2, checksum unchanged, %Ln archive {entry|entries} readable.</source>
        <translation>
            <numerusform>Sicherung %1 ist intakt: %2, Prüfsumme unverändert, %Ln Archiveintrag lesbar.</numerusform>
            <numerusform>Sicherung %1 ist intakt: %2, Prüfsumme unverändert, %Ln Archiveinträge lesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backup %1 is sound: %2, not in the catalogue (no checksum to compare), %Ln archive {entry|entries} readable.</source>
        <translation>
            <numerusform>Sicherung %1 ist intakt: %2, nicht im Katalog (keine Prüfsumme zum Vergleichen), %Ln Archiveintrag lesbar.</numerusform>
            <numerusform>Sicherung %1 ist intakt: %2, nicht im Katalog (keine Prüfsumme zum Vergleichen), %Ln Archiveinträge lesbar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filled %Ln late row(s) with %1 in %2 (batches: %3); a rollback of that step sets {it|them} back to NULL.</source>
        <translation>
            <numerusform>%Ln späte Zeile mit %1 in %2 gefüllt (Stapel: %3); ein Zurücksetzen dieses Schritts setzt sie wieder auf NULL.</numerusform>
            <numerusform>%Ln späte Zeilen mit %1 in %2 gefüllt (Stapel: %3); ein Zurücksetzen dieses Schritts setzt sie wieder auf NULL.</numerusform>
        </translation>
    </message>
    <message>
        <source>OK (its values go with the columns its schema step&apos;s reverse drops)</source>
        <translation>OK (seine Werte gehen mit den Spalten, die das Zurücknehmen seines Schemaschritts entfernt)</translation>
    </message>
    <message>
        <source>it could not be planned</source>
        <translation>es ließ sich kein Plan erstellen</translation>
    </message>
    <message>
        <source>not in this build</source>
        <translation>nicht in diesem Build</translation>
    </message>
    <message>
        <source>the preflight refused the migration; nothing was changed</source>
        <translation>die Vorabprüfung hat die Migration abgelehnt; nichts wurde verändert</translation>
    </message>
    <message>
        <source>the backup refused the migration; nothing was changed</source>
        <translation>die Sicherung hat die Migration abgelehnt; nichts wurde verändert</translation>
    </message>
</context>
<context>
    <name>gma::cli::ProgressPrinter</name>
    <message>
        <source>Rehearsing %1</source>
        <translation>Probelauf %1</translation>
    </message>
    <message>
        <source>Unapplying %1</source>
        <translation>Nehme %1 zurück</translation>
    </message>
    <message>
        <source>Applying %1</source>
        <translation>Wende %1 an</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s)</source>
        <translation>
            <numerusform>%Ln Wert</numerusform>
            <numerusform>%Ln Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1/%2 values (%3%), %4 values/s</source>
        <translation>  %1/%2 Werte (%3 %), %4 Werte/s</translation>
    </message>
    <message>
        <source>  %1/%2 rows (%3%), %4 rows/s</source>
        <translation>  %1/%2 Zeilen (%3 %), %4 Zeilen/s</translation>
    </message>
    <message>
        <source>%1/%2 values, %3 values/s</source>
        <translation>%1/%2 Werte, %3 Werte/s</translation>
    </message>
    <message>
        <source>%1/%2 rows, %3 rows/s</source>
        <translation>%1/%2 Zeilen, %3 Zeilen/s</translation>
    </message>
    <message>
        <source>, ETA %1s</source>
        <translation>, noch ca. %1 s</translation>
    </message>
    <message>
        <source>, batch %1</source>
        <translation>, Stapel %1</translation>
    </message>
    <message>
        <source> [throttled: %1]</source>
        <translation> [gedrosselt: %1]</translation>
    </message>
    <message>
        <source>%1, waiting %2</source>
        <translation>%1, wartet seit %2</translation>
    </message>
    <message>
        <source>  throttled: %1</source>
        <translation>  gedrosselt: %1</translation>
    </message>
    <message>
        <source>  resumed after %1</source>
        <translation>  fortgesetzt nach %1</translation>
    </message>
    <message numerus="yes">
        <source>  batch size %Ln row(s)</source>
        <translation>
            <numerusform>  Stapelgröße %Ln Zeile</numerusform>
            <numerusform>  Stapelgröße %Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source> (last batch %1)</source>
        <translation> (letzter Stapel %1)</translation>
    </message>
</context>
<context>
    <name>gma::sql</name>
    <message>
        <source>the connection to the server was lost</source>
        <translation>die Verbindung zum Server ist abgerissen</translation>
    </message>
    <message>
        <source>the connection to the server was lost (%1)</source>
        <translation>die Verbindung zum Server ist abgerissen (%1)</translation>
    </message>
</context>
<context>
    <name>gma::strategy</name>
    <message>
        <source>Characters</source>
        <translation>Charaktere</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Gegenstände</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>The database &quot;%1&quot; is not a GMA database (no GMA tables and no GMA migrations recorded): connect to the Game Master Application&apos;s database.</source>
        <translation>Die Datenbank „%1“ ist keine GMA-Datenbank (keine GMA-Tabellen und keine GMA-Migrationen eingetragen): Verbinden Sie sich mit der Datenbank der Game Master Application.</translation>
    </message>
</context>
<context>
    <name>gma::ui::AnalysisPane</name>
    <message>
        <source>Preflight finding</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Preflight findings</source>
        <translation>Ergebnisse der Vorabprüfung</translation>
    </message>
    <message>
        <source>Step / statement</source>
        <translation>Schritt / Anweisung</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>Table work</source>
        <translation>Tabellenarbeit</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Impact per step and statement</source>
        <translation>Auswirkung je Schritt und Anweisung</translation>
    </message>
    <message>
        <source>Select migrations to see what they would lock, rewrite and fill, and what could stop them.</source>
        <translation>Wählen Sie Migrationen aus, um zu sehen, was sie sperren, neu schreiben und füllen würden und was sie aufhalten könnte.</translation>
    </message>
    <message>
        <source>%1: nothing to do, so nothing to analyse.</source>
        <translation>%1: nichts zu tun, also nichts zu analysieren.</translation>
    </message>
    <message numerus="yes">
        <source>Analysing %1 (%n step(s))...</source>
        <translation>
            <numerusform>Analysiere %1 (%n Schritt)...</numerusform>
            <numerusform>Analysiere %1 (%n Schritte)...</numerusform>
        </translation>
    </message>
    <message>
        <source>... %1 in all; list them with: %2</source>
        <translation>... %1 insgesamt; alle auflisten mit: %2</translation>
    </message>
    <message numerus="yes">
        <source>No findings: the %n check(s) that apply passed.</source>
        <translation>
            <numerusform>Keine Befunde: Die %n zutreffende Prüfung wurde bestanden.</numerusform>
            <numerusform>Keine Befunde: Alle %n zutreffenden Prüfungen wurden bestanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unapply %1</source>
        <translation>%1 zurücknehmen</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>%1 anwenden</translation>
    </message>
    <message>
        <source>rewrite</source>
        <translation>Neuschreiben</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>writes rows</source>
        <translation>schreibt Zeilen</translation>
    </message>
    <message>
        <source>Table %1: about %2 rows, %3</source>
        <translation>Tabelle %1: etwa %2 Zeilen, %3</translation>
    </message>
    <message>
        <source>%1.%2: sets back %3 values</source>
        <translation>%1.%2: setzt %3 Werte zurück</translation>
    </message>
    <message>
        <source>%1.%2: fills %3 NULLs, keeps %4 values</source>
        <translation>%1.%2: füllt %3 NULL-Werte, behält %4 Werte</translation>
    </message>
    <message>
        <source>%1: the analysis stopped: %2</source>
        <translation>%1: Die Analyse wurde abgebrochen: %2</translation>
    </message>
    <message>
        <source>lock held about %1, the application waits for it</source>
        <translation>Sperre etwa %1 gehalten, die Anwendung wartet darauf</translation>
    </message>
    <message>
        <source>lock held about %1, the application does not wait</source>
        <translation>Sperre etwa %1 gehalten, die Anwendung wartet nicht</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Hazard: %1</source>
        <translation>Risiko: %1</translation>
    </message>
    <message>
        <source>WAL: about %1, estimated from the tables&apos; sizes and row counts (plus up to %2 of full-page images after a checkpoint); every streaming replica receives as much.</source>
        <translation>WAL: etwa %1, geschätzt aus den Größen und Zeilenzahlen der Tabellen (dazu bis zu %2 an Full-Page-Images nach einem Checkpoint); jedes Streaming-Replikat empfängt ebenso viel.</translation>
    </message>
    <message>
        <source>%1: about %2 (%3)</source>
        <translation>%1: etwa %2 (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>metadata only</source>
        <translation>nur Metadaten</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <translation>%1: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: preflight found %n error(s) that would stop the run; fix them first.</source>
        <translation>
            <numerusform>%1: Die Vorabprüfung hat %n Fehler gefunden, der den Lauf anhalten würde; beheben Sie ihn zuerst.</numerusform>
            <numerusform>%1: Die Vorabprüfung hat %n Fehler gefunden, die den Lauf anhalten würden; beheben Sie sie zuerst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::AuditSummaryWidget</name>
    <message>
        <source>Now (%1)</source>
        <translation>Jetzt (%1)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Baseline (%1)</source>
        <translation>Referenz (%1)</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Noch keine Zahlen.</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>no table</source>
        <translation>keine Tabelle</translation>
    </message>
    <message>
        <source>was 100.0 %</source>
        <translation>vorher 100,0 %</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>was absent</source>
        <translation>fehlte vorher</translation>
    </message>
    <message>
        <source>was %1</source>
        <translation>vorher %1</translation>
    </message>
</context>
<context>
    <name>gma::ui::AuditTableModel</name>
    <message>
        <source>user %1 (gone)</source>
        <translation>Benutzer %1 (gelöscht)</translation>
    </message>
    <message>
        <source>This column does not exist yet: the schema step (0003) has not run.</source>
        <translation>Diese Spalte existiert noch nicht: Der Schemaschritt (0003) wurde noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>NULL: the data step (0004) fills it with the owner.</source>
        <translation>NULL: Der Datenschritt (0004) füllt den Wert mit dem Besitzer.</translation>
    </message>
    <message>
        <source>User id %1</source>
        <translation>Benutzer-ID %1</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Updated at</source>
        <translation>Aktualisiert am</translation>
    </message>
    <message>
        <source>created_by_id, shown as the user name; sorts by user id</source>
        <translation>created_by_id, als Benutzername angezeigt; sortiert nach Benutzer-ID</translation>
    </message>
    <message>
        <source>modified_by_id, shown as the user name; sorts by user id</source>
        <translation>modified_by_id, als Benutzername angezeigt; sortiert nach Benutzer-ID</translation>
    </message>
    <message>
        <source>created_at (local time)</source>
        <translation>created_at (Ortszeit)</translation>
    </message>
    <message>
        <source>updated_at (local time)</source>
        <translation>updated_at (Ortszeit)</translation>
    </message>
</context>
<context>
    <name>gma::ui::AuditView</name>
    <message>
        <source>Table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>Only rows missing audit fields</source>
        <translation>Nur Zeilen mit fehlenden Audit-Feldern</translation>
    </message>
    <message>
        <source>Rows where created_by, modified_by, created_at or updated_at is NULL</source>
        <translation>Zeilen, in denen created_by, modified_by, created_at oder updated_at NULL ist</translation>
    </message>
    <message>
        <source>Only rows of this campaign</source>
        <translation>Nur Zeilen dieser Kampagne</translation>
    </message>
    <message>
        <source>Only rows this user created or modified</source>
        <translation>Nur Zeilen, die dieser Benutzer erstellt oder geändert hat</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the rows and the figures again</source>
        <translation>Zeilen und Zahlen neu einlesen</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampagne:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Audit field population (share of rows with a value)</source>
        <translation>Befüllung der Audit-Felder (Anteil der Zeilen mit Wert)</translation>
    </message>
    <message>
        <source>Set as baseline</source>
        <translation>Als Referenz festlegen</translation>
    </message>
    <message>
        <source>Take the current figures as the baseline to compare with (e.g. before a run)</source>
        <translation>Die aktuellen Zahlen als Referenz für spätere Vergleiche übernehmen (z. B. vor einem Lauf)</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Zähle…</translation>
    </message>
    <message>
        <source>Baseline taken %1; figures read %2.</source>
        <translation>Referenz erfasst %1; Zahlen gelesen %2.</translation>
    </message>
    <message>
        <source>This database has no table %1: it is not a GMA database, or the app was never migrated.</source>
        <translation>Diese Datenbank hat keine Tabelle %1: Sie ist keine GMA-Datenbank, oder die App wurde nie migriert.</translation>
    </message>
    <message>
        <source>The audit columns of %1 do not exist yet (the schema step 0003 has not run): they show as “—”, and every row counts as missing its audit fields.</source>
        <translation>Die Audit-Spalten von %1 existieren noch nicht (der Schemaschritt 0003 wurde noch nicht ausgeführt): Sie werden als „—“ angezeigt, und jede Zeile gilt als ohne Audit-Felder.</translation>
    </message>
    <message>
        <source>Some audit columns of %1 do not exist yet: they show as “—”.</source>
        <translation>Einige Audit-Spalten von %1 existieren noch nicht: Sie werden als „—“ angezeigt.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>≈ %1 rows (estimate)</source>
        <translation>≈ %1 Zeilen (geschätzt)</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source> · %1 loaded</source>
        <translation> · %1 geladen</translation>
    </message>
    <message>
        <source> · loading…</source>
        <translation> · wird geladen…</translation>
    </message>
    <message>
        <source>Unfiltered counts come from the planner&apos;s statistics (pg_class.reltuples).</source>
        <translation>Ungefilterte Anzahlen stammen aus der Statistik des Planers (pg_class.reltuples).</translation>
    </message>
    <message>
        <source>Fill Late Rows…</source>
        <translation>Späte Zeilen füllen…</translation>
    </message>
    <message>
        <source>Fill the late rows&apos; audit users the way the data step did (batched, recorded, so that a rollback of the data step sets them back)</source>
        <translation>Die Audit-Benutzer der späten Zeilen so füllen, wie es der Datenschritt getan hat (in Stapeln, protokolliert, sodass ein Zurücksetzen des Datenschritts sie wieder zurücksetzt)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran.</source>
        <translation>
            <numerusform>%n Zeile von %1 hat keinen Ersteller (%2 ohne Bearbeiter), neueste ID %3: nach dem Datenschritt %4 hinzugefügt.</numerusform>
            <numerusform>%n Zeilen von %1 haben keinen Ersteller (%2 ohne Bearbeiter), neueste ID %3: nach dem Datenschritt %4 hinzugefügt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::BackupTableModel</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ geprüft</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>%1
The file is no longer there.</source>
        <translation>%1
Die Datei ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 bytes · SHA-256 %2</source>
        <translation>%1 Byte · SHA-256 %2</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <source>PostgreSQL %1
%2</source>
        <translation>PostgreSQL %1
%2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Migration state</source>
        <translation>Migrationsstand</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>gma::ui::BackupsView</name>
    <message>
        <source>Take backup</source>
        <translation>Sicherung erstellen</translation>
    </message>
    <message>
        <source>pg_dump the database (custom format), verify it and add it to the catalogue</source>
        <translation>Die Datenbank mit pg_dump sichern (Custom-Format), die Sicherung prüfen und in den Katalog aufnehmen</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Check the selected backup&apos;s checksum and read its table of contents</source>
        <translation>Die Prüfsumme der ausgewählten Sicherung prüfen und ihr Inhaltsverzeichnis lesen</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore the selected backup into a database you name</source>
        <translation>Die ausgewählte Sicherung in eine von Ihnen benannte Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Change folder…</source>
        <translation>Ordner ändern…</translation>
    </message>
    <message>
        <source>Folder for new backups</source>
        <translation>Ordner für neue Sicherungen</translation>
    </message>
    <message>
        <source>New backups go to %1</source>
        <translation>Neue Sicherungen werden in %1 abgelegt</translation>
    </message>
    <message>
        <source>%1 written</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>%1 — %2 written</source>
        <translation>%1 — %2 geschrieben</translation>
    </message>
    <message>
        <source>No backups in the catalogue yet: “Take backup” makes the first one.</source>
        <translation>Noch keine Sicherungen im Katalog: „Sicherung erstellen“ legt die erste an.</translation>
    </message>
    <message>
        <source>1 backup in the catalogue.</source>
        <translation>1 Sicherung im Katalog.</translation>
    </message>
    <message>
        <source>%1 backups in the catalogue.</source>
        <translation>%1 Sicherungen im Katalog.</translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Sichere %1…</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2, %3).%4</source>
        <translation>Sicherung nach %1 geschrieben (%2, %3).%4</translation>
    </message>
    <message>
        <source>Verifying backup %1…</source>
        <translation>Prüfe Sicherung %1…</translation>
    </message>
    <message>
        <source>Backup %1 is intact: the checksum matches and its %2 archive entries are readable.</source>
        <translation>Sicherung %1 ist intakt: Die Prüfsumme stimmt, und ihre %2 Archiveinträge sind lesbar.</translation>
    </message>
    <message>
        <source>Replace the connected database?</source>
        <translation>Verbundene Datenbank ersetzen?</translation>
    </message>
    <message>
        <source>Everything in %1 will be replaced by the backup of %2. Continue?</source>
        <translation>Der gesamte Inhalt von %1 wird durch die Sicherung von %2 ersetzt. Fortfahren?</translation>
    </message>
    <message>
        <source>Backup %1 is not in the catalogue: refresh the list.</source>
        <translation>Sicherung %1 ist nicht im Katalog: Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>Restoring into %1…</source>
        <translation>Stelle in %1 wieder her…</translation>
    </message>
    <message>
        <source> (created)</source>
        <translation> (angelegt)</translation>
    </message>
    <message>
        <source>Restored into %1%2 in %3.</source>
        <translation>In %1%2 wiederhergestellt in %3.</translation>
    </message>
</context>
<context>
    <name>gma::ui::CheckTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>gma::ui::ConnectionDialog</name>
    <message>
        <source>Connect to a GMA Database</source>
        <translation>Mit einer GMA-Datenbank verbinden</translation>
    </message>
    <message>
        <source>&amp;Profiles and recent connections:</source>
        <translation>&amp;Profile und letzte Verbindungen:</translation>
    </message>
    <message>
        <source>&amp;Save as Profile...</source>
        <translation>Als Profil &amp;speichern...</translation>
    </message>
    <message>
        <source>Remember host, port, database, user and SSL mode under a name (never the password).</source>
        <translation>Host, Port, Datenbank, Benutzer und SSL-Modus unter einem Namen speichern (niemals das Passwort).</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Forget the selected profile or recent connection.</source>
        <translation>Das ausgewählte Profil bzw. die zuletzt verwendete Verbindung entfernen.</translation>
    </message>
    <message>
        <source>Paste a connection URI</source>
        <translation>Verbindungs-URI einfügen</translation>
    </message>
    <message>
        <source>postgresql://user@host:5432/database?sslmode=require</source>
        <translation>postgresql://benutzer@host:5432/datenbank?sslmode=require</translation>
    </message>
    <message>
        <source>A postgresql:// URI or a keyword string (host=... dbname=...); it fills the fields below.</source>
        <translation>Eine postgresql://-URI oder eine Schlüsselwort-Zeichenkette (host=... dbname=...); sie füllt die Felder unten aus.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>localhost or a socket folder (empty: libpq default)</source>
        <translation>localhost oder ein Socket-Verzeichnis (leer: libpq-Standard)</translation>
    </message>
    <message>
        <source>gma</source>
        <translation>gma</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>leer: Ihr Anmeldename</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass or PGPASSWORD</source>
        <translation>leer: ~/.pgpass oder PGPASSWORD</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; never saved.</source>
        <translation>Nur für diese Sitzung im Speicher gehalten; wird nie gespeichert.</translation>
    </message>
    <message>
        <source>libpq default (prefer)</source>
        <translation>libpq-Standard (prefer)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>Data&amp;base:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Try the connection without leaving the dialog.</source>
        <translation>Die Verbindung testen, ohne den Dialog zu verlassen.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>The URI was read into the fields below.</source>
        <translation>Die URI wurde in die Felder unten übernommen.</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbinde mit %1...</translation>
    </message>
    <message>
        <source>Type the password (it is not saved) or add it to ~/.pgpass.</source>
        <translation>Geben Sie das Passwort ein (es wird nicht gespeichert) oder tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved profile</source>
        <translation>Gespeichertes Profil</translation>
    </message>
    <message>
        <source>Recent connection</source>
        <translation>Zuletzt verwendete Verbindung</translation>
    </message>
    <message>
        <source>No profiles yet: fill in the fields and save one.</source>
        <translation>Noch keine Profile: Füllen Sie die Felder aus und speichern Sie eines.</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Profile name:</source>
        <translation>Profilname:</translation>
    </message>
    <message>
        <source>a GMA database</source>
        <translation>eine GMA-Datenbank</translation>
    </message>
    <message>
        <source>an empty database (the demo can be built there)</source>
        <translation>eine leere Datenbank (die Demo kann dort aufgebaut werden)</translation>
    </message>
    <message>
        <source>not a GMA database</source>
        <translation>keine GMA-Datenbank</translation>
    </message>
    <message>
        <source>Connected: PostgreSQL %1, database %2 as %3, %4.</source>
        <translation>Verbunden: PostgreSQL %1, Datenbank %2 als %3, %4.</translation>
    </message>
</context>
<context>
    <name>gma::ui::ConnectionFlow</name>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbinde mit %1...</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>No recent connections</source>
        <translation>Keine zuletzt verwendeten Verbindungen</translation>
    </message>
</context>
<context>
    <name>gma::ui::DeployView</name>
    <message>
        <source>Before (maintenance mode on)</source>
        <translation>Davor (Wartungsmodus ein)</translation>
    </message>
    <message>
        <source>After, always (health check, maintenance mode off)</source>
        <translation>Danach, immer (Gesundheitsprüfung, Wartungsmodus aus)</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>Bei Fehler</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Done, with a warning</source>
        <translation>Erledigt, mit Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>The seed&apos;s production deployment in one flow: the profile&apos;s commands before (maintenance mode on), preflight, backup, migrate, the immediate verification, validation, then the failure commands when a stage failed and the after commands in every case, each stage timed against the maintenance window.</source>
        <translation>Die Produktionsbereitstellung der Vorlage in einem Ablauf: die Befehle des Profils davor (Wartungsmodus ein), Vorabprüfungen, Sicherung, Migration, die sofortige Prüfung, Validierung, dann die Fehlerbefehle, wenn eine Stufe fehlschlug, und in jedem Fall die Befehle danach; jede Stufe wird am Wartungsfenster gemessen.</translation>
    </message>
    <message>
        <source>Deployment profile</source>
        <translation>Bereitstellungsprofil</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>The profile&apos;s name: a file NAME.conf in the configuration folder, which `gma-migrator-cli deploy --profile NAME` reads too</source>
        <translation>Der Name des Profils: eine Datei NAME.conf im Konfigurationsordner, die auch `gma-migrator-cli deploy --profile NAME` liest</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Seed&apos;s Runbook</source>
        <translation>Ablaufplan der Vorlage</translation>
    </message>
    <message>
        <source>Fill the editor with the seed&apos;s runbook: a 15-minute window, maintenance mode on before, the health check and maintenance mode off after</source>
        <translation>Den Editor mit dem Ablaufplan der Vorlage füllen: ein 15-Minuten-Fenster, davor Wartungsmodus ein, danach Gesundheitsprüfung und Wartungsmodus aus</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Maintenance window</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <source>Maintenance window:</source>
        <translation>Wartungsfenster:</translation>
    </message>
    <message>
        <source>Take a backup before migrating</source>
        <translation>Vor dem Migrieren sichern</translation>
    </message>
    <message>
        <source>VACUUM (ANALYZE) after the data steps</source>
        <translation>VACUUM (ANALYZE) nach den Datenschritten</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Command (run by /bin/sh)</source>
        <translation>Befehl (ausgeführt von /bin/sh)</translation>
    </message>
    <message>
        <source>Timeout</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Commands of the profile</source>
        <translation>Befehle des Profils</translation>
    </message>
    <message>
        <source>Add Command</source>
        <translation>Befehl hinzufügen</translation>
    </message>
    <message>
        <source>Remove Command</source>
        <translation>Befehl entfernen</translation>
    </message>
    <message>
        <source>Start Deployment</source>
        <translation>Bereitstellung starten</translation>
    </message>
    <message>
        <source>Saves the profile, then runs the deployment of every app to its latest migration</source>
        <translation>Speichert das Profil und stellt dann jede App auf ihre neueste Migration bereit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Maintenance window left</source>
        <translation>Verbleibendes Wartungsfenster</translation>
    </message>
    <message>
        <source>Save Deployment Report…</source>
        <translation>Bereitstellungsbericht speichern…</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Stages of the deployment</source>
        <translation>Stufen der Bereitstellung</translation>
    </message>
    <message>
        <source>The commands&apos; output and each stage&apos;s findings appear here.</source>
        <translation>Hier erscheinen die Ausgaben der Befehle und die Befunde jeder Stufe.</translation>
    </message>
    <message>
        <source>Cancelling: the running command or statement is stopped; the failure and after commands still run.</source>
        <translation>Abbruch: der laufende Befehl oder die laufende Anweisung wird gestoppt; die Fehler- und Danach-Befehle laufen trotzdem.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1 of the window left</source>
        <translation>%1 des Fensters übrig</translation>
    </message>
    <message>
        <source>the window is used up</source>
        <translation>das Fenster ist aufgebraucht</translation>
    </message>
    <message>
        <source>Roll Back the Migration?</source>
        <translation>Migration zurücksetzen?</translation>
    </message>
    <message>
        <source>The %1 stage failed after the migration changed the database. Roll the migration back to 0002 now? The data steps are undone first (only the values the tool filled), then the schema steps. Without a rollback the database stays as the migration left it; the failure and after commands run either way.</source>
        <translation>Die Stufe %1 schlug fehl, nachdem die Migration die Datenbank geändert hatte. Die Migration jetzt auf 0002 zurücksetzen? Zuerst werden die Datenschritte rückgängig gemacht (nur die vom Werkzeug gefüllten Werte), dann die Schemaschritte. Ohne Zurücksetzen bleibt die Datenbank, wie die Migration sie hinterließ; die Fehler- und Danach-Befehle laufen in beiden Fällen.</translation>
    </message>
    <message>
        <source>Rolling back, as confirmed.</source>
        <translation>Wird wie bestätigt zurückgesetzt.</translation>
    </message>
    <message>
        <source>Not rolled back.</source>
        <translation>Nicht zurückgesetzt.</translation>
    </message>
    <message>
        <source>Maintenance window: %1 left of %2</source>
        <translation>Wartungsfenster: %1 von %2 übrig</translation>
    </message>
    <message>
        <source>Maintenance window: over by %1 (of %2)</source>
        <translation>Wartungsfenster: um %1 überschritten (von %2)</translation>
    </message>
    <message>
        <source>Took %1 of the %2 maintenance window</source>
        <translation>Dauerte %1 des Wartungsfensters von %2</translation>
    </message>
    <message>
        <source>Save the deployment report</source>
        <translation>Bereitstellungsbericht speichern</translation>
    </message>
    <message>
        <source>Run a deployment before saving its report.</source>
        <translation>Erst eine Bereitstellung ausführen, dann ihren Bericht speichern.</translation>
    </message>
    <message>
        <source>Deployment report saved to %1</source>
        <translation>Bereitstellungsbericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>Commands before</source>
        <translation>Befehle davor</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>Immediate verification</source>
        <translation>Sofortige Prüfung</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Commands on failure</source>
        <translation>Befehle bei Fehler</translation>
    </message>
    <message>
        <source>Commands after</source>
        <translation>Befehle danach</translation>
    </message>
</context>
<context>
    <name>gma::ui::FleetTableModel</name>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message>
        <source>Line %1 of the targets file: %2
Double-click to open it alone.</source>
        <translation>Zeile %1 der Zieldatei: %2
Doppelklick öffnet sie einzeln.</translation>
    </message>
</context>
<context>
    <name>gma::ui::FleetView</name>
    <message>
        <source>Open targets…</source>
        <translation>Ziele öffnen …</translation>
    </message>
    <message>
        <source>A text file with one database per line: a postgresql:// URI, a keyword string or service=NAME, optionally preceded by LABEL:</source>
        <translation>Eine Textdatei mit einer Datenbank pro Zeile: eine postgresql://-URI, eine Schlüsselwortzeichenkette oder service=NAME, wahlweise mit vorangestelltem BEZEICHNUNG:</translation>
    </message>
    <message>
        <source>Preflight all</source>
        <translation>Alle vorab prüfen</translation>
    </message>
    <message>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Targets running at once</source>
        <translation>Gleichzeitig laufende Ziele</translation>
    </message>
    <message>
        <source>The first ready targets run alone first; the rest start only if they all succeed</source>
        <translation>Die ersten bereiten Ziele laufen zuerst allein; die übrigen beginnen nur, wenn alle erfolgreich waren</translation>
    </message>
    <message>
        <source>Continue on error</source>
        <translation>Bei Fehlern fortfahren</translation>
    </message>
    <message>
        <source>Go on with the other targets when one fails its preflight or its run</source>
        <translation>Mit den anderen Zielen weitermachen, wenn eines an der Vorabprüfung oder am Lauf scheitert</translation>
    </message>
    <message>
        <source>&amp;Parallel:</source>
        <translation>&amp;Parallel:</translation>
    </message>
    <message>
        <source>Ca&amp;naries:</source>
        <translation>Ka&amp;narien:</translation>
    </message>
    <message>
        <source>No targets file open.</source>
        <translation>Keine Zieldatei geöffnet.</translation>
    </message>
    <message>
        <source>%v of %m targets</source>
        <translation>%v von %m Zielen</translation>
    </message>
    <message>
        <source>Open a targets file</source>
        <translation>Eine Zieldatei öffnen</translation>
    </message>
    <message>
        <source>Targets (*.txt *.targets);;All files (*)</source>
        <translation>Ziele (*.txt *.targets);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n target(s)</source>
        <translation>
            <numerusform>%1: %n Ziel</numerusform>
            <numerusform>%1: %n Ziele</numerusform>
        </translation>
    </message>
    <message>
        <source>Run Preflight all to check every target before a rollout.</source>
        <translation>„Alle vorab prüfen“ prüft jedes Ziel vor einem Rollout.</translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n database(s) to the latest migrations?</source>
        <translation>
            <numerusform>%n Datenbank auf die neuesten Migrationen migrieren?</numerusform>
            <numerusform>%n Datenbanken auf die neuesten Migrationen migrieren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n database(s) to 0002?</source>
        <translation>
            <numerusform>%n Datenbank auf 0002 zurückrollen?</numerusform>
            <numerusform>%n Datenbanken auf 0002 zurückrollen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Fleet rollout</source>
        <translation>Flotten-Rollout</translation>
    </message>
    <message>
        <source>The preflight runs on every target first; nothing starts when one fails.</source>
        <translation>Die Vorabprüfung läuft zuerst auf jedem Ziel; scheitert eines, beginnt nichts.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n target(s)…</source>
        <translation>
            <numerusform>%1 auf %n Ziel …</numerusform>
            <numerusform>%1 auf %n Zielen …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 targets succeeded; the worst outcome: %3.</source>
        <translation>%1 von %2 Zielen erfolgreich; schlechtestes Ergebnis: %3.</translation>
    </message>
    <message>
        <source>Cancelling: no new target starts, the running ones stop safely…</source>
        <translation>Abbruch: Kein neues Ziel beginnt, die laufenden halten sicher an …</translation>
    </message>
    <message>
        <source>Validate all</source>
        <translation>Alle validieren</translation>
    </message>
    <message>
        <source>Run the validation checks on every target, for the fleet report</source>
        <translation>Die Validierungsprüfungen auf jedem Ziel ausführen, für den Flottenbericht</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>Bericht speichern…</translation>
    </message>
    <message>
        <source>The fleet validation report of the last Validate all: a summary, then each target&apos;s report (HTML, PDF, CSV or JSON)</source>
        <translation>Der Flotten-Validierungsbericht des letzten „Alle validieren“: eine Übersicht, dann der Bericht jedes Ziels (HTML, PDF, CSV oder JSON)</translation>
    </message>
    <message>
        <source>Save the fleet validation report</source>
        <translation>Flotten-Validierungsbericht speichern</translation>
    </message>
    <message>
        <source>Run Validate all before saving the fleet report.</source>
        <translation>Erst „Alle validieren“ ausführen, dann den Flottenbericht speichern.</translation>
    </message>
    <message>
        <source>Fleet report saved to %1.</source>
        <translation>Flottenbericht gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>gma::ui::HistoryModel</name>
    <message>
        <source>↩ backward</source>
        <translation>↩ rückwärts</translation>
    </message>
    <message>
        <source>→ forward</source>
        <translation>→ vorwärts</translation>
    </message>
    <message>
        <source>%1
Checksum %2 · tool %3</source>
        <translation>%1
Prüfsumme %2 · Werkzeug %3</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Run by</source>
        <translation>Ausgeführt von</translation>
    </message>
    <message>
        <source>Operating-system user %1 on host %2, GMA Migrator %3</source>
        <translation>Betriebssystembenutzer %1 auf Host %2, GMA Migrator %3</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
</context>
<context>
    <name>gma::ui::HistoryView</name>
    <message>
        <source>All runs</source>
        <translation>Alle Läufe</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Select a run to see its full message.</source>
        <translation>Wählen Sie einen Lauf aus, um seine vollständige Meldung zu sehen.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading the history…</source>
        <translation>Lese den Verlauf…</translation>
    </message>
    <message>
        <source>No runs recorded yet in this database.</source>
        <translation>In dieser Datenbank sind noch keine Läufe verzeichnet.</translation>
    </message>
    <message>
        <source>1 run</source>
        <translation>1 Lauf</translation>
    </message>
    <message>
        <source>%1 runs</source>
        <translation>%1 Läufe</translation>
    </message>
    <message>
        <source> · %1 failed</source>
        <translation> · %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source> · %1 cancelled</source>
        <translation> · %1 abgebrochen</translation>
    </message>
    <message>
        <source> · last: %1 %2, %3</source>
        <translation> · zuletzt: %1 %2, %3</translation>
    </message>
    <message>
        <source>%1 %2 — %3, started %4 by %5, took %6, %7 rows; checksum %8; tool %9</source>
        <translation>%1 %2 — %3, gestartet %4 von %5, Dauer %6, %7 Zeilen; Prüfsumme %8; Werkzeug %9</translation>
    </message>
</context>
<context>
    <name>gma::ui::MainWindow</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Connect...</source>
        <translation>&amp;Verbinden...</translation>
    </message>
    <message>
        <source>Connect to a GMA database (profiles, recent connections or a postgresql:// URI)</source>
        <translation>Mit einer GMA-Datenbank verbinden (Profile, zuletzt verwendete Verbindungen oder eine postgresql://-URI)</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <source>Close the connection to the database</source>
        <translation>Die Verbindung zur Datenbank schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit GMA Migrator</source>
        <translation>GMA Migrator beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Re-read the migration state from the database</source>
        <translation>Den Migrationsstand erneut aus der Datenbank lesen</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Migrate the selected apps or migrations, or everything when nothing is selected</source>
        <translation>Die ausgewählten Apps oder Migrationen migrieren, oder alles, wenn nichts ausgewählt ist</translation>
    </message>
    <message>
        <source>Migrate &amp;to Here</source>
        <translation>Bis &amp;hierher migrieren</translation>
    </message>
    <message>
        <source>Apply the selected migration and everything it needs</source>
        <translation>Die ausgewählte Migration und alles, was sie voraussetzt, anwenden</translation>
    </message>
    <message>
        <source>Roll &amp;Back to Here...</source>
        <translation>Bis hierher &amp;zurücksetzen...</translation>
    </message>
    <message>
        <source>Unapply everything of this app after the selected migration (Django&apos;s migrate APP NAME)</source>
        <translation>Alles dieser App nach der ausgewählten Migration zurücknehmen (Djangos migrate APP NAME)</translation>
    </message>
    <message>
        <source>Roll Back to &amp;0002...</source>
        <translation>Auf &amp;0002 zurücksetzen...</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>The strategy&apos;s rollback: data steps first, then schema steps, back to 0002</source>
        <translation>Das Zurücksetzen der Strategie: zuerst die Datenschritte, dann die Schemaschritte, zurück auf 0002</translation>
    </message>
    <message>
        <source>R&amp;ehearse</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+.</source>
        <translation>Ctrl+.</translation>
    </message>
    <message>
        <source>Stop the running plan safely</source>
        <translation>Den laufenden Plan sicher anhalten</translation>
    </message>
    <message>
        <source>Show &amp;SQL</source>
        <translation>&amp;SQL anzeigen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Show the SQL of the selection in the preview</source>
        <translation>Das SQL der Auswahl in der Vorschau anzeigen</translation>
    </message>
    <message>
        <source>&amp;Dark Palette</source>
        <translation>&amp;Dunkle Farben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Switch between the light and the dark palette</source>
        <translation>Zwischen heller und dunkler Farbpalette wechseln</translation>
    </message>
    <message>
        <source>&amp;About GMA Migrator</source>
        <translation>&amp;Über GMA Migrator</translation>
    </message>
    <message>
        <source>Version and purpose</source>
        <translation>Version und Zweck</translation>
    </message>
    <message>
        <source>About GMA Migrator</source>
        <translation>Über GMA Migrator</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GMA Migrator %1&lt;/h3&gt;&lt;p&gt;Carries out, watches, checks and undoes the mixin migration of the Game Master Application&apos;s PostgreSQL database: schema steps in one short transaction each, data steps in batches, Django&apos;s own bookkeeping.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GMA Migrator %1&lt;/h3&gt;&lt;p&gt;Führt die Mixin-Migration der PostgreSQL-Datenbank der Game Master Application aus, überwacht, prüft und macht sie rückgängig: Schemaschritte in jeweils einer kurzen Transaktion, Datenschritte in Stapeln, mit Djangos eigener Buchführung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent Connections</source>
        <translation>&amp;Zuletzt verwendete Verbindungen</translation>
    </message>
    <message>
        <source>&amp;Migrations</source>
        <translation>&amp;Migrationen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>M&amp;igrations</source>
        <translation>M&amp;igrationen</translation>
    </message>
    <message>
        <source>Migration tree</source>
        <translation>Migrationsbaum</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Impact &amp;&amp; Preflight</source>
        <translation>Auswirkung &amp;&amp; Vorabprüfung</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>&amp;Audit Fields</source>
        <translation>&amp;Audit-Felder</translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>&amp;Sicherungen</translation>
    </message>
    <message>
        <source>Va&amp;lidation</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Go To</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Migration &amp;Tree</source>
        <translation>Migrations&amp;baum</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>Whether the database holds the GMA tables</source>
        <translation>Ob die Datenbank die GMA-Tabellen enthält</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User of the session</source>
        <translation>Benutzer der Sitzung</translation>
    </message>
    <message>
        <source>PostgreSQL server version</source>
        <translation>PostgreSQL-Serverversion</translation>
    </message>
    <message>
        <source>A Run Is Going On</source>
        <translation>Ein Lauf ist im Gange</translation>
    </message>
    <message>
        <source>A plan is running. Quitting cancels it safely first (the running transaction is rolled back, a data step stops at a batch boundary). Quit anyway?</source>
        <translation>Ein Plan läuft. Beim Beenden wird er zuerst sicher abgebrochen (die laufende Transaktion wird zurückgesetzt, ein Datenschritt hält an einer Stapelgrenze an). Trotzdem beenden?</translation>
    </message>
    <message>
        <source>A plan is running: cancel it before disconnecting.</source>
        <translation>Ein Plan läuft: Brechen Sie ihn ab, bevor Sie die Verbindung trennen.</translation>
    </message>
    <message>
        <source>GMA Migrator — demo database</source>
        <translation>GMA Migrator — Demo-Datenbank</translation>
    </message>
    <message>
        <source>GMA Migrator</source>
        <translation>GMA Migrator</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>Database: %1%2</source>
        <translation>Datenbank: %1%2</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <source>User: %1%2</source>
        <translation>Benutzer: %1%2</translation>
    </message>
    <message>
        <source> (superuser)</source>
        <translation> (Superuser)</translation>
    </message>
    <message>
        <source>GMA database</source>
        <translation>GMA-Datenbank</translation>
    </message>
    <message>
        <source>Empty database</source>
        <translation>Leere Datenbank</translation>
    </message>
    <message>
        <source>Not a GMA database</source>
        <translation>Keine GMA-Datenbank</translation>
    </message>
    <message>
        <source>%1 — GMA Migrator%2</source>
        <translation>%1 — GMA Migrator%2</translation>
    </message>
    <message>
        <source>%1 (all migrations)</source>
        <translation>%1 (alle Migrationen)</translation>
    </message>
    <message numerus="yes">
        <source>%n selected row(s)</source>
        <translation>
            <numerusform>%n ausgewählte Zeile</numerusform>
            <numerusform>%n ausgewählte Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>A plan is running; the analysis is made again when it has finished.</source>
        <translation>Ein Plan läuft; die Analyse wird nach seinem Ende erneut erstellt.</translation>
    </message>
    <message>
        <source>&amp;Migrate All</source>
        <translation>Alle &amp;migrieren</translation>
    </message>
    <message>
        <source>&amp;Migrate Selection</source>
        <translation>Auswahl &amp;migrieren</translation>
    </message>
    <message>
        <source>all apps</source>
        <translation>alle Apps</translation>
    </message>
    <message>
        <source>%1 to zero</source>
        <translation>%1 auf null</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 to its latest</source>
        <translation>%1 auf den neuesten Stand</translation>
    </message>
    <message>
        <source>Cannot Plan</source>
        <translation>Planung nicht möglich</translation>
    </message>
    <message>
        <source>Everything not applied yet</source>
        <translation>Alles noch nicht Angewendete</translation>
    </message>
    <message>
        <source>Rehearsal finished; the database is unchanged.</source>
        <translation>Probelauf beendet; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Run finished.</source>
        <translation>Lauf beendet.</translation>
    </message>
    <message>
        <source>Run &amp;Preflight Checks First</source>
        <translation>Zuerst &amp;Vorabprüfungen ausführen</translation>
    </message>
    <message>
        <source>Before every run, check for what would make it fail or block the application (too-long values, lock holders, privileges, drift) and refuse it on an error</source>
        <translation>Vor jedem Lauf prüfen, was ihn scheitern lassen oder die Anwendung blockieren würde (zu lange Werte, Sperrinhaber, Berechtigungen, Abweichungen), und ihn bei einem Fehler verweigern</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The walkthrough of the migration and what every finding and check means (offline)</source>
        <translation>Der Ablauf der Migration Schritt für Schritt und was jeder Befund und jede Prüfung bedeutet (offline)</translation>
    </message>
    <message>
        <source>Fl&amp;eet</source>
        <translation>Fl&amp;otte</translation>
    </message>
    <message>
        <source>&amp;VACUUM (ANALYZE) After Data Steps</source>
        <translation>&amp;VACUUM (ANALYZE) nach Datenschritten</translation>
    </message>
    <message>
        <source>After a run whose data steps changed rows, vacuum and analyze their tables (the application&apos;s reads and writes do not wait for it)</source>
        <translation>Nach einem Lauf, dessen Datenschritte Zeilen geändert haben, deren Tabellen bereinigen und analysieren (Lese- und Schreibzugriffe der Anwendung warten nicht darauf)</translation>
    </message>
    <message>
        <source>Run Schema Steps &amp;Online</source>
        <translation>Schemaschritte &amp;online ausführen</translation>
    </message>
    <message>
        <source>Each catalogue change of a schema step in its own short transaction (lock timeout within the stall budget), indexes built concurrently, foreign keys and NOT NULL validated separately: the same end schema, without long waits for the application (narrowing items&apos; name still rewrites the table; the preview estimates it)</source>
        <translation>Jede Katalogänderung eines Schemaschritts in einer eigenen kurzen Transaktion (Sperr-Timeout innerhalb des Wartebudgets), Indizes nebenläufig gebaut, Fremdschlüssel und NOT NULL getrennt validiert: dasselbe Endschema, ohne lange Wartezeiten für die Anwendung (das Kürzen des Namens der Items schreibt die Tabelle weiterhin neu; die Vorschau schätzt die Dauer)</translation>
    </message>
    <message>
        <source>Mo&amp;nitor</source>
        <translation>Über&amp;wachung</translation>
    </message>
    <message>
        <source>Rehearsal on a copy finished; the database was neither changed nor locked.</source>
        <translation>Probelauf auf einer Kopie beendet; die Datenbank wurde weder verändert noch gesperrt.</translation>
    </message>
    <message>
        <source>Rehearse the selection on a copy restored from a backup: the plan and its reverse with the checks, timed as the estimate for production</source>
        <translation>Probelauf der Auswahl auf einer aus einer Sicherung wiederhergestellten Kopie: der Plan und seine Umkehrung mit den Prüfungen, gemessen als Schätzung für die Produktion</translation>
    </message>
    <message>
        <source>Rehearse in &amp;Place...</source>
        <translation>Probelauf &amp;vor Ort...</translation>
    </message>
    <message>
        <source>Dry run on the database itself, rolled back at the end: holds the plan&apos;s locks until then</source>
        <translation>Probelauf auf der Datenbank selbst, am Ende zurückgerollt: hält bis dahin die Sperren des Plans</translation>
    </message>
    <message>
        <source>Make the selected app&apos;s record and tables agree again, where the tree says they disagree: previewed and confirmed first</source>
        <translation>Aufzeichnung und Tabellen der gewählten App wieder in Einklang bringen, wo der Baum einen Widerspruch zeigt: vorher gezeigt und bestätigt</translation>
    </message>
    <message>
        <source>&amp;Deploy to Production...</source>
        <translation>In Produktion &amp;bereitstellen...</translation>
    </message>
    <message>
        <source>The seed&apos;s production deployment with a profile: maintenance commands, preflight, backup, migrate, verification, validation, timed against the window</source>
        <translation>Die Produktionsbereitstellung der Vorlage mit einem Profil: Wartungsbefehle, Vorabprüfungen, Sicherung, Migration, Prüfung, Validierung, gemessen am Fenster</translation>
    </message>
    <message>
        <source>&amp;Deploy</source>
        <translation>Bereitstellen (&amp;D)</translation>
    </message>
    <message>
        <source>Connect to the database first.</source>
        <translation>Zuerst mit der Datenbank verbinden.</translation>
    </message>
    <message>
        <source>Nothing to deploy: every app is at its latest migration; no command of the profile ran.</source>
        <translation>Nichts bereitzustellen: jede App steht auf ihrer neuesten Migration; kein Befehl des Profils lief.</translation>
    </message>
    <message>
        <source>A run is going on; deploy when it has finished.</source>
        <translation>Ein Lauf ist im Gange; nach seinem Ende bereitstellen.</translation>
    </message>
    <message>
        <source>Repa&amp;ir...</source>
        <translation>Repar&amp;ieren...</translation>
    </message>
    <message>
        <source>Hot standby (read-only)</source>
        <translation>Hot Standby (nur lesend)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>%1 (%2, lag unknown)</source>
        <translation>%1 (%2, Rückstand unbekannt)</translation>
    </message>
    <message>
        <source>%1 %2 behind, replay lag %3</source>
        <translation>%1 %2 im Rückstand, Wiedergabeverzögerung %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Replicas: %1</source>
        <translation>Replikate: %1</translation>
    </message>
    <message>
        <source>The server&apos;s streaming replicas and how far each is behind (pg_stat_replication)</source>
        <translation>Die Streaming-Replikate des Servers und wie weit jedes zurückliegt (pg_stat_replication)</translation>
    </message>
    <message>
        <source>Stall budget:</source>
        <translation>Wartebudget:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Online runs: how long a statement may keep the application waiting for a lock. Catalogue changes wait at most half of it for their lock, a data step&apos;s batch a quarter for a row the application holds, then retry</source>
        <translation>Online-Läufe: wie lange eine Anweisung die Anwendung auf eine Sperre warten lassen darf. Katalogänderungen warten höchstens die Hälfte davon auf ihre Sperre, ein Stapel eines Datenschritts ein Viertel auf eine Zeile, die die Anwendung hält, und versuchen es dann erneut</translation>
    </message>
    <message>
        <source>Encryption unknown</source>
        <translation>Verschlüsselung unbekannt</translation>
    </message>
    <message>
        <source>Encrypted: %1, %2 (%3 bits)</source>
        <translation>Verschlüsselt: %1, %2 (%3 Bit)</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Nicht verschlüsselt</translation>
    </message>
    <message>
        <source>Whether the connection is encrypted: TLS version and cipher (pg_stat_ssl)</source>
        <translation>Ob die Verbindung verschlüsselt ist: TLS-Version und Chiffre (pg_stat_ssl)</translation>
    </message>
    <message>
        <source>Nothing to migrate for %1: the database already stands there.</source>
        <translation>Nichts zu migrieren für %1: Die Datenbank steht bereits dort.</translation>
    </message>
    <message>
        <source>Nothing to rehearse for %1: the database already stands there.</source>
        <translation>Kein Probelauf nötig für %1: Die Datenbank steht bereits dort.</translation>
    </message>
</context>
<context>
    <name>gma::ui::MigrationModel</name>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Applied, definition changed</source>
        <translation>Angewendet, Definition geändert</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>Angewendet am</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Hängt ab von</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>%1 of %2 migrations of %3 are applied.</source>
        <translation>%1 von %2 Migrationen von %3 sind angewendet.</translation>
    </message>
    <message>
        <source>%1 of %2 applied</source>
        <translation>%1 von %2 angewendet</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>The definition changed since it was applied (checksum %1 then, %2 now).</source>
        <translation>Die Definition hat sich seit dem Anwenden geändert (Prüfsumme damals %1, jetzt %2).</translation>
    </message>
    <message>
        <source>Last run: %1 %2, %3 (%4 rows, %5 ms)</source>
        <translation>Letzter Lauf: %1 %2, %3 (%4 Zeilen, %5 ms)</translation>
    </message>
    <message>
        <source>Data step</source>
        <translation>Datenschritt</translation>
    </message>
    <message>
        <source>No SQL</source>
        <translation>Kein SQL</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>%1 of %2 applied; disagrees with the database</source>
        <translation>%1 von %2 angewendet; weicht von der Datenbank ab</translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation>Reparatur: %1</translation>
    </message>
    <message>
        <source>The record and the database disagree</source>
        <translation>Aufzeichnung und Datenbank weichen voneinander ab</translation>
    </message>
</context>
<context>
    <name>gma::ui::MonitorIndexModel</name>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Scans</source>
        <translation>Scans</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Added by the migration</source>
        <translation>Von der Migration angelegt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
</context>
<context>
    <name>gma::ui::MonitorModel</name>
    <message>
        <source>Sequential scans</source>
        <translation>Sequenzielle Scans</translation>
    </message>
    <message>
        <source>Index scans</source>
        <translation>Index-Scans</translation>
    </message>
    <message>
        <source>Scans of the migration&apos;s indexes</source>
        <translation>Scans der Indizes der Migration</translation>
    </message>
    <message>
        <source>Live rows</source>
        <translation>Lebende Zeilen</translation>
    </message>
    <message>
        <source>Dead rows</source>
        <translation>Tote Zeilen</translation>
    </message>
    <message>
        <source>Rows inserted</source>
        <translation>Eingefügte Zeilen</translation>
    </message>
    <message>
        <source>Rows updated</source>
        <translation>Geänderte Zeilen</translation>
    </message>
    <message>
        <source>Table size (with indexes)</source>
        <translation>Tabellengröße (mit Indizes)</translation>
    </message>
    <message>
        <source>Statement calls</source>
        <translation>Aufrufe der Anweisungen</translation>
    </message>
    <message>
        <source>Mean statement time</source>
        <translation>Mittlere Dauer der Anweisungen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>gma::ui::MonitorView</name>
    <message>
        <source>&amp;Take Baseline</source>
        <translation>&amp;Basislinie erfassen</translation>
    </message>
    <message>
        <source>Store the figures now as the baseline that later readings are compared with (one is taken before each run)</source>
        <translation>Die Kennzahlen von jetzt als Basislinie speichern, mit der spätere Messungen verglichen werden (vor jedem Lauf wird eine erfasst)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>Reading the statistics…</source>
        <translation>Die Statistiken werden gelesen…</translation>
    </message>
    <message>
        <source>Taking a baseline…</source>
        <translation>Eine Basislinie wird erfasst…</translation>
    </message>
    <message>
        <source>%1: not migrated yet.</source>
        <translation>%1: noch nicht migriert.</translation>
    </message>
    <message>
        <source>%1, since %2: created %3 with created by; modified %4 with modified by.</source>
        <translation>%1, seit %2: angelegt %3 mit „angelegt von“; geändert %4 mit „geändert von“.</translation>
    </message>
    <message>
        <source>Audit trail since the migration:</source>
        <translation>Audit-Trail seit der Migration:</translation>
    </message>
    <message>
        <source>pg_stat_statements: installed.</source>
        <translation>pg_stat_statements: installiert.</translation>
    </message>
    <message>
        <source>pg_stat_statements: not installed (no statement times).</source>
        <translation>pg_stat_statements: nicht installiert (keine Zeiten der Anweisungen).</translation>
    </message>
    <message>
        <source>pg_stat_statements: %1.</source>
        <translation>pg_stat_statements: %1.</translation>
    </message>
    <message>
        <source>The statistics could not be read.</source>
        <translation>Die Statistiken konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Baseline of %1 (%2) beside now. %3</source>
        <translation>Basislinie vom %1 (%2) neben jetzt. %3</translation>
    </message>
    <message>
        <source>No baseline yet: one is taken before each run, or with Take Baseline. %1</source>
        <translation>Noch keine Basislinie: Sie wird vor jedem Lauf erfasst oder mit „Basislinie erfassen“. %1</translation>
    </message>
    <message>
        <source>%1, since %2: no rows created or modified yet.</source>
        <translation>%1, seit %2: noch keine Zeilen angelegt oder geändert.</translation>
    </message>
</context>
<context>
    <name>gma::ui::PreviewPane</name>
    <message>
        <source>Select a migration or an app in the tree to see its SQL.</source>
        <translation>Wählen Sie eine Migration oder eine App im Baum aus, um ihr SQL zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Forward (apply)</source>
        <translation>Vorwärts (anwenden)</translation>
    </message>
    <message>
        <source>Backward (unapply)</source>
        <translation>Rückwärts (zurücknehmen)</translation>
    </message>
    <message>
        <source>Show the SQL that applies the selection, or the SQL that undoes it.</source>
        <translation>Das SQL anzeigen, das die Auswahl anwendet, oder das SQL, das sie zurücknimmt.</translation>
    </message>
    <message>
        <source>&amp;Rehearse</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>SQL of the selection</source>
        <translation>SQL der Auswahl</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Step / statement</source>
        <translation>Schritt / Anweisung</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rehearsal results</source>
        <translation>Ergebnisse des Probelaufs</translation>
    </message>
    <message>
        <source>Rehearsal</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>-- %1%2: no SQL (a change of Django model options only); only django_migrations is updated.
</source>
        <translation>-- %1%2: kein SQL (nur eine Änderung von Django-Modelloptionen); nur django_migrations wird aktualisiert.
</translation>
    </message>
    <message>
        <source> (backwards)</source>
        <translation> (rückwärts)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kind:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Art:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>data step (batched)</source>
        <translation>Datenschritt (in Stapeln)</translation>
    </message>
    <message>
        <source>schema step (one transaction)</source>
        <translation>Schemaschritt (eine Transaktion)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Depends on:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hängt ab von:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tables:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Tabellen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Does:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Bewirkt:&lt;/b&gt; %1</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>-- Nothing selected.</source>
        <translation>-- Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Rehearsing...</source>
        <translation>Probelauf läuft...</translation>
    </message>
    <message>
        <source>Rehearsing: running the plan in one transaction that will be rolled back...</source>
        <translation>Probelauf: Der Plan läuft in einer Transaktion, die zurückgesetzt wird...</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Unapply %1</source>
        <translation>%1 zurücknehmen</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>%1 anwenden</translation>
    </message>
    <message>
        <source>Rehearsal finished: everything was rolled back; the database is unchanged.</source>
        <translation>Probelauf beendet: Alles wurde zurückgesetzt; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Rehearsal stopped: %1 Everything was rolled back.</source>
        <translation>Probelauf abgebrochen: %1 Alles wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>sets back to NULL the %1 values it filled in %2</source>
        <translation>setzt die %1 Werte, die er in %2 gefüllt hat, auf NULL zurück</translation>
    </message>
    <message>
        <source>fills NULL %1 of %2 with the row&apos;s owner</source>
        <translation>füllt NULL-Werte in %1 von %2 mit dem Besitzer der Zeile</translation>
    </message>
    <message>
        <source>-- Sets back to NULL only the values this data step filled, as recorded batch by batch;
-- values the application wrote since stay.
</source>
        <translation>-- Setzt nur die Werte auf NULL zurück, die dieser Datenschritt gefüllt hat, wie Stapel für Stapel aufgezeichnet;
-- Werte, die die Anwendung seitdem geschrieben hat, bleiben erhalten.
</translation>
    </message>
    <message>
        <source>-- Fills NULL %1 of %2 with the row&apos;s owner, in primary-key batches, each its own short
-- transaction. Values already set are never overwritten.
</source>
        <translation>-- Füllt NULL-Werte in %1 von %2 mit dem Besitzer der Zeile, in Stapeln nach Primärschlüssel, jeder in einer eigenen kurzen
-- Transaktion. Bereits gesetzte Werte werden nie überschrieben.
</translation>
    </message>
    <message>
        <source>Rehearse on a copy restored from a backup: the plan and its reverse run and are checked there, each step&apos;s rows and timings reported; the database itself is neither changed nor locked (Ctrl+R).</source>
        <translation>Probelauf auf einer aus einer Sicherung wiederhergestellten Kopie: Der Plan und seine Umkehrung laufen und werden dort geprüft, Zeilen und Zeiten jedes Schritts werden berichtet; die Datenbank selbst wird weder verändert noch gesperrt (Strg+R).</translation>
    </message>
</context>
<context>
    <name>gma::ui::RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore &lt;b&gt;%1&lt;/b&gt; (taken %2, %3) into the database named below. A database that does not exist is created.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (erstellt %2, %3) in die unten genannte Datenbank wiederherstellen. Eine nicht vorhandene Datenbank wird angelegt.</translation>
    </message>
    <message>
        <source>Target &amp;database:</source>
        <translation>&amp;Zieldatenbank:</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Name the database to restore into.</source>
        <translation>Nennen Sie die Datenbank, in die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <source>This is the database you are connected to: everything in it is replaced by the backup.</source>
        <translation>Mit dieser Datenbank sind Sie verbunden: Ihr gesamter Inhalt wird durch die Sicherung ersetzt.</translation>
    </message>
    <message>
        <source>This is the database you are connected to: tick “Replace” to overwrite it, or name another database.</source>
        <translation>Mit dieser Datenbank sind Sie verbunden: Aktivieren Sie „Ersetzen“, um sie zu überschreiben, oder nennen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Replace its contents (pg_restore --clean)</source>
        <translation>Inhalt &amp;ersetzen (pg_restore --clean)</translation>
    </message>
    <message>
        <source>Drop the objects the backup contains from the target database before restoring them</source>
        <translation>Die in der Sicherung enthaltenen Objekte vor dem Wiederherstellen aus der Zieldatenbank löschen</translation>
    </message>
</context>
<context>
    <name>gma::ui::RunController</name>
    <message numerus="yes">
        <source>Deploying with the profile %1 (%n step(s))</source>
        <translation>
            <numerusform>Bereitstellung mit dem Profil %1 (%n Schritt)</numerusform>
            <numerusform>Bereitstellung mit dem Profil %1 (%n Schritte)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::RunFlow</name>
    <message numerus="yes">
        <source>Reading what the %n step(s) would touch...</source>
        <translation>
            <numerusform>Lese, was der %n Schritt betreffen würde...</numerusform>
            <numerusform>Lese, was die %n Schritte betreffen würden...</numerusform>
        </translation>
    </message>
    <message>
        <source>Unapply</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source> — data step: sets back to NULL the %1 values it filled</source>
        <translation> — Datenschritt: setzt die %1 Werte, die er gefüllt hat, auf NULL zurück</translation>
    </message>
    <message>
        <source> — data step: sets back to NULL only the values it filled</source>
        <translation> — Datenschritt: setzt nur die Werte, die er gefüllt hat, auf NULL zurück</translation>
    </message>
    <message>
        <source> — data step: fills %1 rows in batches</source>
        <translation> — Datenschritt: füllt %1 Zeilen in Stapeln</translation>
    </message>
    <message>
        <source> — data step: fills NULL audit fields in batches</source>
        <translation> — Datenschritt: füllt leere Audit-Felder in Stapeln</translation>
    </message>
    <message numerus="yes">
        <source> — schema step, one transaction (%n operation(s))</source>
        <translation>
            <numerusform> — Schemaschritt, eine Transaktion (%n Operation)</numerusform>
            <numerusform> — Schemaschritt, eine Transaktion (%n Operationen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n step(s) will run, in this order:</source>
        <translation>
            <numerusform>Dieser %n Schritt wird ausgeführt:</numerusform>
            <numerusform>Diese %n Schritte werden in dieser Reihenfolge ausgeführt:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Go Ahead</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>A plan is already running; wait for it or cancel it.</source>
        <translation>Es läuft bereits ein Plan; warten Sie auf sein Ende oder brechen Sie ihn ab.</translation>
    </message>
    <message numerus="yes">
        <source>Migrating %1 (%n step(s))</source>
        <translation>
            <numerusform>Migriere %1 (%n Schritt)</numerusform>
            <numerusform>Migriere %1 (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>This plan unapplies migrations on database &quot;%1&quot; (%2).</source>
        <translation>Dieser Plan nimmt Migrationen in der Datenbank „%1“ (%2) zurück.</translation>
    </message>
    <message>
        <source>Warning: %1 changed since it was applied (checksum drift); undoing it runs the new definition.</source>
        <translation>Warnung: %1 hat sich seit dem Anwenden geändert (abweichende Prüfsumme); beim Zurücknehmen wird die neue Definition ausgeführt.</translation>
    </message>
    <message>
        <source>Unapply Migrations?</source>
        <translation>Migrationen zurücknehmen?</translation>
    </message>
    <message>
        <source>Roll back the mixin migration on database &quot;%1&quot; (%2)? The data steps are undone first (only the values the tool filled are set back to NULL), then the schema steps (the audit columns are dropped, NULL descriptions restored), back to 0002.</source>
        <translation>Die Mixin-Migration in der Datenbank „%1“ (%2) zurücksetzen? Zuerst werden die Datenschritte rückgängig gemacht (nur die vom Werkzeug gefüllten Werte werden auf NULL zurückgesetzt), dann die Schemaschritte (die Audit-Spalten werden gelöscht, NULL-Beschreibungen wiederhergestellt), zurück auf 0002.</translation>
    </message>
    <message>
        <source>No backup is taken first (switched off).</source>
        <translation>Vorher wird keine Sicherung erstellt (abgeschaltet).</translation>
    </message>
    <message>
        <source>No backup can be taken (%1) Take one yourself first if you may need to go back.</source>
        <translation>Es kann keine Sicherung erstellt werden (%1) Erstellen Sie zuerst selbst eine, falls Sie zurückkehren müssen.</translation>
    </message>
    <message>
        <source>First a backup is taken with pg_dump %1 (custom format) to %2; if it fails, nothing is rolled back.</source>
        <translation>Zuerst wird mit pg_dump %1 eine Sicherung (Custom-Format) nach %2 erstellt; schlägt sie fehl, wird nichts zurückgesetzt.</translation>
    </message>
    <message>
        <source>Cannot Roll Back</source>
        <translation>Zurücksetzen nicht möglich</translation>
    </message>
    <message>
        <source>Nothing to roll back: characters, items and locations stand at 0002 or below.</source>
        <translation>Nichts zurückzusetzen: characters, items und locations stehen auf 0002 oder darunter.</translation>
    </message>
    <message>
        <source>Warning: %1 changed since it was applied (checksum drift).</source>
        <translation>Warnung: %1 hat sich seit dem Anwenden geändert (abweichende Prüfsumme).</translation>
    </message>
    <message>
        <source>Roll Back to 0002?</source>
        <translation>Auf 0002 zurücksetzen?</translation>
    </message>
    <message numerus="yes">
        <source>Rolling back to 0002 (%n step(s))</source>
        <translation>
            <numerusform>Setze auf 0002 zurück (%n Schritt)</numerusform>
            <numerusform>Setze auf 0002 zurück (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling: the running transaction is rolled back, a data step stops at the next batch boundary...</source>
        <translation>Breche ab: Die laufende Transaktion wird zurückgesetzt, ein Datenschritt hält an der nächsten Stapelgrenze an...</translation>
    </message>
    <message numerus="yes">
        <source>Rehearsing %1 on a copy (%n step(s), then their reverse)</source>
        <translation>
            <numerusform>Probelauf von %1 auf einer Kopie (%n Schritt, dann seine Umkehrung)</numerusform>
            <numerusform>Probelauf von %1 auf einer Kopie (%n Schritte, dann ihre Umkehrung)</numerusform>
        </translation>
    </message>
    <message>
        <source>In place, the rehearsal holds %1: the application waits on those tables until it ends. A rehearsal on a copy (Rehearse) locks nothing here.</source>
        <translation>Vor Ort hält der Probelauf %1: Die Anwendung wartet auf diese Tabellen, bis er endet. Ein Probelauf auf einer Kopie (Probelauf) sperrt hier nichts.</translation>
    </message>
    <message>
        <source>In place, the rehearsal holds ACCESS EXCLUSIVE on the planned tables for its whole run (the estimate could not be made: %1).</source>
        <translation>Vor Ort hält der Probelauf während seiner ganzen Dauer ACCESS EXCLUSIVE auf den geplanten Tabellen (die Schätzung war nicht möglich: %1).</translation>
    </message>
    <message>
        <source>Rehearse In Place?</source>
        <translation>Probelauf vor Ort?</translation>
    </message>
    <message numerus="yes">
        <source>Rehearsing %1 in place (%n step(s), rolled back at the end)</source>
        <translation>
            <numerusform>Probelauf von %1 vor Ort (%n Schritt, am Ende zurückgerollt)</numerusform>
            <numerusform>Probelauf von %1 vor Ort (%n Schritte, am Ende zurückgerollt)</numerusform>
        </translation>
    </message>
    <message>
        <source>No Safe Repair</source>
        <translation>Keine sichere Reparatur</translation>
    </message>
    <message>
        <source>The statements tried, in one transaction:</source>
        <translation>Die versuchten Anweisungen, in einer Transaktion:</translation>
    </message>
    <message>
        <source>Repair %1?</source>
        <translation>%1 reparieren?</translation>
    </message>
    <message>
        <source>Repairing %1</source>
        <translation>%1 wird repariert</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 without audit users, newest id %2</source>
        <translation>
            <numerusform>%n Zeile von %1 ohne Audit-Benutzer, neueste ID %2</numerusform>
            <numerusform>%n Zeilen von %1 ohne Audit-Benutzer, neueste ID %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill %n late row(s) with the data step&apos;s rule (each row&apos;s owner)? They were added after the data step ran. The fill is batched and recorded, so a rollback of the data step sets them back to NULL.</source>
        <translation>
            <numerusform>%n späte Zeile nach der Regel des Datenschritts (der Besitzer der Zeile) füllen? Sie wurde nach dem Datenschritt hinzugefügt. Das Füllen erfolgt in Stapeln und wird protokolliert, sodass ein Zurücksetzen des Datenschritts sie wieder auf NULL setzt.</numerusform>
            <numerusform>%n späte Zeilen nach der Regel des Datenschritts (der Besitzer jeder Zeile) füllen? Sie wurden nach dem Datenschritt hinzugefügt. Das Füllen erfolgt in Stapeln und wird protokolliert, sodass ein Zurücksetzen des Datenschritts sie wieder auf NULL setzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill Late Rows?</source>
        <translation>Späte Zeilen füllen?</translation>
    </message>
    <message numerus="yes">
        <source>Filling late rows (%n step(s))</source>
        <translation>
            <numerusform>Späte Zeilen werden gefüllt (%n Schritt)</numerusform>
            <numerusform>Späte Zeilen werden gefüllt (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source> — data step: its values go with the columns that the reverse of %1 drops; nothing is set back row by row</source>
        <translation> — Datenschritt: Seine Werte gehen mit den Spalten, die das Zurücknehmen von %1 entfernt; nichts wird Zeile für Zeile zurückgesetzt</translation>
    </message>
</context>
<context>
    <name>gma::ui::RunPanel</name>
    <message>
        <source>Nothing has run yet. Choose Migrate or Roll Back, or Rehearse in the preview.</source>
        <translation>Noch nichts gelaufen. Wählen Sie Migrieren oder Zurücksetzen, oder einen Probelauf in der Vorschau.</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>%v of %m steps</source>
        <translation>%v von %m Schritten</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Schritt:</translation>
    </message>
    <message>
        <source>Step progress</source>
        <translation>Fortschritt des Schritts</translation>
    </message>
    <message>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <source>Stop safely: the running transaction is rolled back, a data step stops at the next batch boundary.</source>
        <translation>Sicher anhalten: Die laufende Transaktion wird zurückgerollt, ein Datenschritt hält an der nächsten Stapelgrenze an.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Schritte des Laufs</translation>
    </message>
    <message>
        <source>The live log of the run appears here.</source>
        <translation>Hier erscheint das laufende Protokoll des Laufs.</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>Unapply %1</source>
        <translation>%1 zurücknehmen</translation>
    </message>
    <message>
        <source>Apply %1</source>
        <translation>%1 anwenden</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Step %1:</source>
        <translation>Schritt %1:</translation>
    </message>
    <message>
        <source>%v of %m rows (%p%)</source>
        <translation>%v von %m Zeilen (%p %)</translation>
    </message>
    <message>
        <source>%v of %m statements</source>
        <translation>%v von %m Anweisungen</translation>
    </message>
    <message>
        <source>Unapplying %1</source>
        <translation>%1 wird zurückgenommen</translation>
    </message>
    <message>
        <source>Applying %1</source>
        <translation>%1 wird angewendet</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Unapplying %1 (%2 to do)</source>
        <translation>%1 wird zurückgenommen (%2 offen)</translation>
    </message>
    <message>
        <source>Applying %1 (%2 to do)</source>
        <translation>%1 wird angewendet (%2 offen)</translation>
    </message>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statements</source>
        <translation>
            <numerusform>%n Anweisung</numerusform>
            <numerusform>%n Anweisungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 rows</source>
        <translation>%1: %2 von %3 Zeilen</translation>
    </message>
    <message>
        <source> · %1 rows/s</source>
        <translation> · %1 Zeilen/s</translation>
    </message>
    <message>
        <source> · ETA %1</source>
        <translation> · noch etwa %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Waiting for a lock (attempt %1) before %2. Blocking session: %3</source>
        <translation>Warte auf eine Sperre (Versuch %1) vor %2. Blockierende Sitzung: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Waiting for lock</source>
        <translation>Warte auf Sperre</translation>
    </message>
    <message numerus="yes">
        <source>%n batches</source>
        <translation>
            <numerusform>%n Stapel</numerusform>
            <numerusform>%n Stapel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n Versuch</numerusform>
            <numerusform>%n Versuche</numerusform>
        </translation>
    </message>
    <message>
        <source>Rehearsed</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 finished: %2 rows in %3</source>
        <translation>%1 fertig: %2 Zeilen in %3</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Rehearsal finished in %1: every step ran and was rolled back; the database is unchanged.</source>
        <translation>Probelauf in %1 beendet: Jeder Schritt lief und wurde zurückgerollt; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>Nothing to do: the database already stands where the plan leads.</source>
        <translation>Nichts zu tun: Die Datenbank steht bereits dort, wohin der Plan führt.</translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1: %n step(s) done.</source>
        <translation>
            <numerusform>In %1 beendet: %n Schritt erledigt.</numerusform>
            <numerusform>In %1 beendet: %n Schritte erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <source>Not started. %1</source>
        <translation>Nicht gestartet. %1</translation>
    </message>
    <message>
        <source>Failed. %1</source>
        <translation>Fehlgeschlagen. %1</translation>
    </message>
    <message>
        <source>Backup taken first: %1</source>
        <translation>Zuvor erstellte Sicherung: %1</translation>
    </message>
    <message>
        <source>Total time %1</source>
        <translation>Gesamtzeit %1</translation>
    </message>
    <message>
        <source>%1 finished in %2</source>
        <translation>%1 in %2 beendet</translation>
    </message>
    <message numerus="yes">
        <source>VACUUM (ANALYZE) of %n table(s) took %1.</source>
        <translation>
            <numerusform>VACUUM (ANALYZE) von %n Tabelle dauerte %1.</numerusform>
            <numerusform>VACUUM (ANALYZE) von %n Tabellen dauerte %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>VACUUM (ANALYZE) did not finish on every table (see the log): run it later.</source>
        <translation>VACUUM (ANALYZE) wurde nicht auf jeder Tabelle fertig (siehe Protokoll): später ausführen.</translation>
    </message>
    <message>
        <source>Rehearsal on a copy finished in %1: the plan took %2 and its reverse %3 (the estimate for production), every check passed, and the scratch database %4 was dropped. The database was neither changed nor locked.</source>
        <translation>Probelauf auf einer Kopie in %1 beendet: Der Plan dauerte %2 und seine Umkehrung %3 (die Schätzung für die Produktion), jede Prüfung wurde bestanden, und die Arbeitsdatenbank %4 wurde gelöscht. Die Datenbank wurde weder verändert noch gesperrt.</translation>
    </message>
    <message>
        <source>Pacing and replica lag</source>
        <translation>Taktung und Rückstand der Replikate</translation>
    </message>
    <message>
        <source>Throttled before the next batch of %1: %2 (waiting %3).</source>
        <translation>Gedrosselt vor dem nächsten Stapel von %1: %2 (wartet seit %3).</translation>
    </message>
    <message>
        <source>Throttled: %1</source>
        <translation>Gedrosselt: %1</translation>
    </message>
    <message>
        <source>Resumed after waiting %1.</source>
        <translation>Fortgesetzt nach %1 Wartezeit.</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Batch size: %1 rows (paced).</source>
        <translation>Stapelgröße: %1 Zeilen (getaktet).</translation>
    </message>
    <message>
        <source>Batch size: %1 rows (paced; the last batch took %2).</source>
        <translation>Stapelgröße: %1 Zeilen (getaktet; der letzte Stapel dauerte %2).</translation>
    </message>
    <message>
        <source>Mode: default; each schema step is one transaction that holds its table&apos;s lock until it commits.</source>
        <translation>Modus: Standard; jeder Schemaschritt ist eine Transaktion, die die Sperre ihrer Tabelle bis zum Commit hält.</translation>
    </message>
    <message>
        <source>Data steps: paced batches of about %1.</source>
        <translation>Datenschritte: getaktete Stapel von etwa %1.</translation>
    </message>
    <message>
        <source>Data steps: batches of %1 rows.</source>
        <translation>Datenschritte: Stapel von %1 Zeilen.</translation>
    </message>
    <message>
        <source>Mode: online; no statement of a schema or data step may keep the application waiting longer than %1 for a lock (the stall budget).</source>
        <translation>Modus: online; keine Anweisung eines Schema- oder Datenschritts darf die Anwendung länger als %1 auf eine Sperre warten lassen (das Wartebudget).</translation>
    </message>
    <message>
        <source>%1 of %2 rows (%p%)</source>
        <translation>%1 von %2 Zeilen (%p %)</translation>
    </message>
</context>
<context>
    <name>gma::ui::RunWorker</name>
    <message>
        <source>Cancelled before anything started; the database was not changed.</source>
        <translation>Abgebrochen, bevor etwas begann; die Datenbank wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Taking a backup before the run: %1</source>
        <translation>Sicherung vor dem Lauf wird erstellt: %1</translation>
    </message>
    <message>
        <source>Cancelled during the backup; nothing was changed.</source>
        <translation>Während der Sicherung abgebrochen; nichts wurde verändert.</translation>
    </message>
    <message>
        <source>The backup before the run failed, so nothing was changed: %1</source>
        <translation>Die Sicherung vor dem Lauf ist fehlgeschlagen, daher wurde nichts verändert: %1</translation>
    </message>
    <message>
        <source>Running the preflight checks...</source>
        <translation>Vorabprüfungen laufen...</translation>
    </message>
    <message>
        <source>Preflight %1 (%2): %3</source>
        <translation>Vorabprüfung %1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>The preflight checks found %n problem(s), so nothing was changed: %1 Fix them and retry (see Impact &amp; Preflight), or switch off Migrations &gt; Run Preflight Checks First if you are sure.</source>
        <translation>
            <numerusform>Die Vorabprüfungen haben %n Problem gefunden, daher wurde nichts verändert: %1 Beheben Sie es und versuchen Sie es erneut (siehe Auswirkung &amp; Vorabprüfung), oder schalten Sie Migrationen &gt; Zuerst Vorabprüfungen ausführen ab, wenn Sie sicher sind.</numerusform>
            <numerusform>Die Vorabprüfungen haben %n Probleme gefunden, daher wurde nichts verändert: %1 Beheben Sie sie und versuchen Sie es erneut (siehe Auswirkung &amp; Vorabprüfung), oder schalten Sie Migrationen &gt; Zuerst Vorabprüfungen ausführen ab, wenn Sie sicher sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup taken: %1 (%2, %3).</source>
        <translation>Sicherung erstellt: %1 (%2, %3).</translation>
    </message>
    <message>
        <source>%1: %2 (%3). %4</source>
        <translation>%1: %2 (%3). %4</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 is not defined in this tool.</source>
        <translation>%1 ist in diesem Werkzeug nicht definiert.</translation>
    </message>
    <message>
        <source>switched off (Migrations &gt; Run Preflight Checks First)</source>
        <translation>ausgeschaltet (Migrationen &gt; Zuerst Vorabprüfungen ausführen)</translation>
    </message>
    <message numerus="yes">
        <source>Rolling back to 0002 (%n step(s))...</source>
        <translation>
            <numerusform>Zurücksetzen auf 0002 (%n Schritt)...</numerusform>
            <numerusform>Zurücksetzen auf 0002 (%n Schritte)...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::ValidationView</name>
    <message>
        <source>Run checks</source>
        <translation>Prüfungen ausführen</translation>
    </message>
    <message>
        <source>Run every check in one read-only snapshot of the database</source>
        <translation>Alle Prüfungen in einem schreibgeschützten Schnappschuss der Datenbank ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Save the report as HTML, PDF, CSV or JSON (by the file&apos;s extension) and open it</source>
        <translation>Den Bericht als HTML, PDF, CSV oder JSON speichern (nach der Dateiendung) und öffnen</translation>
    </message>
    <message>
        <source>No checks run yet.</source>
        <translation>Noch keine Prüfungen ausgeführt.</translation>
    </message>
    <message>
        <source>Select a check to see the SQL it ran.</source>
        <translation>Wählen Sie eine Prüfung, um ihr SQL zu sehen.</translation>
    </message>
    <message>
        <source>Connected to %1: run the checks.</source>
        <translation>Verbunden mit %1: Führen Sie die Prüfungen aus.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source> · the database changed since: run again</source>
        <translation> · die Datenbank hat sich seitdem geändert: erneut ausführen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Running the checks…</source>
        <translation>Prüfungen laufen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Checking: %1</source>
        <translation>Prüfe: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Cancelled: </source>
        <translation>Abgebrochen: </translation>
    </message>
    <message>
        <source>%1 passed · %2 failed · %3 skipped</source>
        <translation>%1 bestanden · %2 fehlgeschlagen · %3 übersprungen</translation>
    </message>
    <message>
        <source> · state %1 · %2 · %3</source>
        <translation> · Stand %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>Found:</source>
        <translation>Gefunden:</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Gefunden: %1</translation>
    </message>
    <message>
        <source>Export the validation report</source>
        <translation>Den Validierungsbericht exportieren</translation>
    </message>
    <message>
        <source>Run the checks before exporting a report.</source>
        <translation>Führen Sie die Prüfungen aus, bevor Sie einen Bericht exportieren.</translation>
    </message>
    <message>
        <source>Name the file .html, .pdf, .csv or .json to choose the format.</source>
        <translation>Benennen Sie die Datei mit .html, .pdf, .csv oder .json, um das Format zu wählen.</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Der %1-Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source> · report saved to %1</source>
        <translation> · Bericht gespeichert unter %1</translation>
    </message>
    <message>
        <source>What this check means</source>
        <translation>Was diese Prüfung bedeutet</translation>
    </message>
</context>
<context>
    <name>gma::ui::help</name>
    <message>
        <source>What this finding means and what to do: opens the user guide</source>
        <translation>Was dieser Befund bedeutet und was zu tun ist: öffnet das Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>gma::ui::help::UserGuideWindow</name>
    <message>
        <source>GMA Migrator User Guide</source>
        <translation>GMA Migrator – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Carries out, watches, checks and undoes the GMA mixin migration.</source>
        <translation>Führt die GMA-Mixin-Migration aus, überwacht, prüft und macht sie rückgängig.</translation>
    </message>
    <message>
        <source>A postgresql:// URI or keyword string to connect to.</source>
        <translation>Eine postgresql://-URI oder Schlüsselwort-Zeichenkette für die Verbindung.</translation>
    </message>
    <message>
        <source>Start a throwaway PostgreSQL cluster with demo data and connect to it; it is removed on quit.</source>
        <translation>Einen Wegwerf-PostgreSQL-Cluster mit Demodaten starten und sich damit verbinden; er wird beim Beenden entfernt.</translation>
    </message>
    <message>
        <source>Rows per model of the demo (default 20000).</source>
        <translation>Zeilen je Modell der Demo (Standard 20000).</translation>
    </message>
    <message>
        <source>Starting the demo database...</source>
        <translation>Die Demodatenbank wird gestartet...</translation>
    </message>
    <message>
        <source>Demo Not Started</source>
        <translation>Demo nicht gestartet</translation>
    </message>
    <message>
        <source>Cannot Connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Demo database ready in %1; it is removed when you quit.</source>
        <translation>Demodatenbank bereit in %1; sie wird beim Beenden entfernt.</translation>
    </message>
    <message>
        <source>The language of the window, e.g. de or en (default: the system&apos;s, from LANG).</source>
        <translation>Die Sprache des Fensters, z. B. de oder en (Standard: die des Systems, aus LANG).</translation>
    </message>
    <message>
        <source>Cancel a statement of a run that takes longer than this (30s, 500ms, 2min or milliseconds; default: the server&apos;s setting).</source>
        <translation>Eine Anweisung eines Laufs abbrechen, die länger dauert (30s, 500ms, 2min oder Millisekunden; Standard: die Einstellung des Servers).</translation>
    </message>
    <message>
        <source>--statement-timeout needs a duration such as 30s, 500ms, 2min or a number of milliseconds.</source>
        <translation>--statement-timeout braucht eine Dauer wie 30s, 500ms, 2min oder eine Zahl von Millisekunden.</translation>
    </message>
    <message>
        <source>Rows in every batch of a data step: a fixed size (default: paced batches of about 200 ms).</source>
        <translation>Zeilen in jedem Stapel eines Datenschritts: eine feste Größe (Standard: getaktete Stapel von etwa 200 ms).</translation>
    </message>
    <message>
        <source>With Run Schema Steps Online: how long a statement may keep the application waiting for a lock, in milliseconds (default 1000).</source>
        <translation>Mit „Schemaschritte online ausführen“: wie lange eine Anweisung die Anwendung auf eine Sperre warten lassen darf, in Millisekunden (Standard 1000).</translation>
    </message>
    <message>
        <source>--stall-budget needs a positive number of milliseconds.</source>
        <translation>--stall-budget braucht eine positive Zahl von Millisekunden.</translation>
    </message>
</context>
</TS>
