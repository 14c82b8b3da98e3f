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
    <message>
        <source>Filled %1 late row(s) with %2 in %3 batch(es) (%4); a rollback of that step sets them back to NULL.</source>
        <translation>%1 späte Zeile(n) mit %2 in %3 Stapel(n) gefüllt (%4); ein Zurücksetzen dieses Schritts setzt sie wieder auf NULL.</translation>
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
