<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gma::ui::AnalysisPane</name>
    <message numerus="yes">
        <source>Analysing %1 (%n step(s))...</source>
        <translation>
            <numerusform>Analysing %1 (%n step)...</numerusform>
            <numerusform>Analysing %1 (%n steps)...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No findings: the %n check(s) that apply passed.</source>
        <translation>
            <numerusform>No findings: the %n check that applies passed.</numerusform>
            <numerusform>No findings: the %n checks that apply passed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::AuditView</name>
    <message numerus="yes">
        <source>%n row(s) of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran.</source>
        <translation>
            <numerusform>%n row of %1 has no creator (%2 no modifier), newest id %3: added after the data step %4 ran.</numerusform>
            <numerusform>%n rows of %1 have no creator (%2 no modifier), newest id %3: added after the data step %4 ran.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::FleetView</name>
    <message numerus="yes">
        <source>%1: %n target(s)</source>
        <translation>
            <numerusform>%1: %n target</numerusform>
            <numerusform>%1: %n targets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Migrate %n database(s) to the latest migrations?</source>
        <translation>
            <numerusform>Migrate %n database to the latest migrations?</numerusform>
            <numerusform>Migrate %n databases to the latest migrations?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roll back %n database(s) to 0002?</source>
        <translation>
            <numerusform>Roll back %n database to 0002?</numerusform>
            <numerusform>Roll back %n databases to 0002?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 on %n target(s)…</source>
        <translation>
            <numerusform>%1 on %n target…</numerusform>
            <numerusform>%1 on %n targets…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n selected row(s)</source>
        <translation>
            <numerusform>%n selected row</numerusform>
            <numerusform>%n selected rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::PreviewPane</name>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::RunController</name>
    <message numerus="yes">
        <source>Deploying with the profile %1 (%n step(s))</source>
        <translation>
            <numerusform>Deploying with the profile %1 (%n step)</numerusform>
            <numerusform>Deploying with the profile %1 (%n steps)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::RunFlow</name>
    <message numerus="yes">
        <source>Reading what the %n step(s) would touch...</source>
        <translation>
            <numerusform>Reading what the %n step would touch...</numerusform>
            <numerusform>Reading what the %n steps would touch...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> — schema step, one transaction (%n operation(s))</source>
        <translation>
            <numerusform> — schema step, one transaction (%n operation)</numerusform>
            <numerusform> — schema step, one transaction (%n operations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>These %n step(s) will run, in this order:</source>
        <translation>
            <numerusform>This %n step will run:</numerusform>
            <numerusform>These %n steps will run, in this order:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Migrating %1 (%n step(s))</source>
        <translation>
            <numerusform>Migrating %1 (%n step)</numerusform>
            <numerusform>Migrating %1 (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling back to 0002 (%n step(s))</source>
        <translation>
            <numerusform>Rolling back to 0002 (%n step)</numerusform>
            <numerusform>Rolling back to 0002 (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 without audit users, newest id %2</source>
        <translation>
            <numerusform>%n row of %1 without audit users, newest id %2</numerusform>
            <numerusform>%n rows of %1 without audit users, newest id %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fill %n late row(s) with the data step&apos;s rule (each row&apos;s owner)? They were added after the data step ran. The fill is batched and recorded, so a rollback of the data step sets them back to NULL.</source>
        <translation>
            <numerusform>Fill %n late row with the data step&apos;s rule (its owner)? It was added after the data step ran. The fill is batched and recorded, so a rollback of the data step sets it back to NULL.</numerusform>
            <numerusform>Fill %n late rows with the data step&apos;s rule (each row&apos;s owner)? They were added after the data step ran. The fill is batched and recorded, so a rollback of the data step sets them back to NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Filling late rows (%n step(s))</source>
        <translation>
            <numerusform>Filling late rows (%n step)</numerusform>
            <numerusform>Filling late rows (%n steps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rehearsing %1 on a copy (%n step(s), then their reverse)</source>
        <translation>
            <numerusform>Rehearsing %1 on a copy (%n step, then their reverse)</numerusform>
            <numerusform>Rehearsing %1 on a copy (%n steps, then their reverse)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rehearsing %1 in place (%n step(s), rolled back at the end)</source>
        <translation>
            <numerusform>Rehearsing %1 in place (%n step, rolled back at the end)</numerusform>
            <numerusform>Rehearsing %1 in place (%n steps, rolled back at the end)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::RunPanel</name>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statements</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n batches</source>
        <translation>
            <numerusform>%n batch</numerusform>
            <numerusform>%n batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attempts</source>
        <translation>
            <numerusform>%n attempt</numerusform>
            <numerusform>%n attempts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Finished in %1: %n step(s) done.</source>
        <translation>
            <numerusform>Finished in %1: %n step done.</numerusform>
            <numerusform>Finished in %1: %n steps done.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>VACUUM (ANALYZE) of %n table(s) took %1.</source>
        <translation>
            <numerusform>VACUUM (ANALYZE) of %n table took %1.</numerusform>
            <numerusform>VACUUM (ANALYZE) of %n tables took %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gma::ui::RunWorker</name>
    <message numerus="yes">
        <source>The preflight checks found %n problem(s), so nothing was changed: %1 Fix them and retry (see Impact &amp; Preflight), or switch off Migrations &gt; Run Preflight Checks First if you are sure.</source>
        <translation>
            <numerusform>The preflight checks found %n problem, so nothing was changed: %1 Fix them and retry (see Impact &amp; Preflight), or switch off Migrations &gt; Run Preflight Checks First if you are sure.</numerusform>
            <numerusform>The preflight checks found %n problems, so nothing was changed: %1 Fix them and retry (see Impact &amp; Preflight), or switch off Migrations &gt; Run Preflight Checks First if you are sure.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rolling back to 0002 (%n step(s))...</source>
        <translation>
            <numerusform>Rolling back to 0002 (%n step)...</numerusform>
            <numerusform>Rolling back to 0002 (%n steps)...</numerusform>
        </translation>
    </message>
</context>
</TS>
