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
        <source>%Ln row(s) of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran (code paths without a user: scripts, bulk imports); `gma-migrator-cli fill-audit` fills them the way the data step did, reversibly.</source>
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
    <name>gma::ReportData</name>
    <message>
        <source>Audit-field population could not be read: %1</source>
        <translation>Die Belegung der Audit-Felder konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>Der Verlauf der Läufe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>GMA migration validation report</source>
        <translation>GMA-Validierungsbericht der Migration</translation>
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
        <source>%1: %2 error(s), %3 warning(s).</source>
        <translation>%1: %2 Fehler, %3 Warnung(en).</translation>
    </message>
    <message>
        <source>%1: preflight found %2 error(s) that would stop the run; fix them first.</source>
        <translation>%1: Die Vorabprüfung hat %2 Fehler gefunden, die den Lauf aufhalten würden; beheben Sie diese zuerst.</translation>
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
        <source>taken from the desktop application</source>
        <translation>von der Desktop-Anwendung erstellt</translation>
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
        <source>✔ success</source>
        <translation>✔ erfolgreich</translation>
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
        <source>✘ checks failed</source>
        <translation>✘ Prüfungen fehlgeschlagen</translation>
    </message>
    <message>
        <source>✘ refused</source>
        <translation>✘ abgelehnt</translation>
    </message>
    <message>
        <source>✘ unreachable</source>
        <translation>✘ nicht erreichbar</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>✘ failed</source>
        <translation>✘ fehlgeschlagen</translation>
    </message>
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
        <source>Nothing to migrate: %1 already stand(s) there.</source>
        <translation>Nichts zu migrieren: %1 steht/stehen bereits dort.</translation>
    </message>
    <message>
        <source>Everything not applied yet</source>
        <translation>Alles noch nicht Angewendete</translation>
    </message>
    <message>
        <source>Nothing to rehearse: %1 already stand(s) there.</source>
        <translation>Kein Probelauf nötig: %1 steht/stehen bereits dort.</translation>
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
        <source>before a run</source>
        <translation>vor einem Lauf</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>von Hand</translation>
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
        <source>Taken by the desktop application before: %1</source>
        <translation>Von der Desktop-Anwendung erstellt vor: %1</translation>
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
