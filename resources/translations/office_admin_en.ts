<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/office/staff.py" line="64"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="64"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="64"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="64"/>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="65"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../ui/office/backup.py" line="67"/>
        <source>Back up to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="70"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="71"/>
        <source>A verified copy of the whole shop: members, cards, points, sales, staff and settings. Keep it on a USB stick or in the cloud, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="74"/>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="76"/>
        <location filename="../../ui/office/backup.py" line="170"/>
        <location filename="../../ui/office/backup.py" line="204"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="77"/>
        <source>Replaces all the shop&apos;s data with a backup, after checking it. The current data is kept beside it in a .before-restore file with the date and time. The shop then opens again, with its login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="106"/>
        <source>No backup has been made yet. Make one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="108"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/office/backup.py" line="109"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="110"/>
        <source>Last backup: {when} ({ago}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="113"/>
        <source>That is more than a week ago: make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="123"/>
        <source>Only an owner can back up or restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="131"/>
        <source>Back up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="132"/>
        <source>Shop backups (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="137"/>
        <source>Copying and checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="138"/>
        <source>The backup failed and no file was kept: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="143"/>
        <source>Backup written and verified: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="152"/>
        <source>Finish, park or void the sale at the till before restoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="154"/>
        <source>Restore from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="155"/>
        <source>Shop backups (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="161"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="163"/>
        <location filename="../../ui/office/backup.py" line="194"/>
        <source>Nothing was restored: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="167"/>
        <source>Its latest sale was made {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="169"/>
        <source>It holds no sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="171"/>
        <source>{file} is a sound shop backup. {made} Replace ALL the shop&apos;s current data with it? Sales and returns made since, which will be gone: {lost} (the current data is kept in a .before-restore file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="184"/>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="193"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="197"/>
        <source>The shop was restored from {file}. It opens again now: log in to work with the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="238"/>
        <source>the file {file} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="239"/>
        <source>{file} is the shop&apos;s own database, not a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="240"/>
        <source>{file} is empty: it is not a shop backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="241"/>
        <source>{file} is not a shop backup (not a database file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="242"/>
        <source>{file} is damaged or incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="243"/>
        <source>{file} belongs to another program, not to this shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="244"/>
        <source>{file} is a database, but not a shop backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="245"/>
        <source>{file} was made by a newer version of this program; update the program first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="247"/>
        <source>{file} failed the check: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="249"/>
        <source>{file} cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/backup.py" line="199"/>
        <source>The shop was restored from {file}. The application closes now: start it again to work with the restored data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CardPrintingTab</name>
    <message>
        <location filename="../../ui/office/cards.py" line="72"/>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="73"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="85"/>
        <source>Cards to print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="87"/>
        <source>New bearer cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="91"/>
        <source>All members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="92"/>
        <source>Chosen members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="98"/>
        <source>Find by name, phone or card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="101"/>
        <source>the program&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="105"/>
        <source>Card type of new cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="120"/>
        <source>Design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="123"/>
        <source>CR80 card, front and back pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="124"/>
        <source>A4 sheet of 10 with crop marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="126"/>
        <source>Classic: colour band at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="127"/>
        <source>Minimal: white, centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="128"/>
        <source>Band at the side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="133"/>
        <source>Short terms printed on the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="136"/>
        <source>Print the member&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="139"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="140"/>
        <source>Look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="154"/>
        <source>Save their numbers (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="155"/>
        <source>The card numbers of the last cards made, for a card printing service or a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="159"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="288"/>
        <source>The terms on the back fit {n} characters at most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="346"/>
        <source>The shop&apos;s logo cannot be read; choose it again in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="141"/>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="146"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="149"/>
        <source>Default printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="158"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="164"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="229"/>
        <source>Only an owner can change the card design.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="248"/>
        <source>Save cards as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="248"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="258"/>
        <source>No printer was found. Install the card printer in the system, or save the cards as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="270"/>
        <source>Save the list of card numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="271"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="279"/>
        <source>The list of {n} card numbers is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="285"/>
        <source>Tick the members whose cards to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="299"/>
        <source>Preparing cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="330"/>
        <source>{n} cards done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="339"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="343"/>
        <source>The printer “{name}” cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="344"/>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="348"/>
        <source>The program has no card type “{id}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="350"/>
        <source>The file cannot be written: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/cards.py" line="351"/>
        <source>The cards could not be made: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../ui/office/catalogue.py" line="35"/>
        <source>Find by name or barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="37"/>
        <source>Show retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="40"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="40"/>
        <location filename="../../ui/office/catalogue.py" line="253"/>
        <location filename="../../ui/office/catalogue.py" line="263"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="41"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="41"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="42"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="56"/>
        <source>Add product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="57"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="58"/>
        <location filename="../../ui/office/catalogue.py" line="148"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="59"/>
        <source>Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="60"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="87"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="90"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="91"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="113"/>
        <source>discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="114"/>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="116"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="147"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="178"/>
        <source>“{name}” added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="188"/>
        <source>“{name}” saved; a new price applies to new sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="203"/>
        <source>“{name}” retired: no longer sold, its sales kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="205"/>
        <source>“{name}” is on sale again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="208"/>
        <source>Products CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="209"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="222"/>
        <source>Nothing imported: {n} bad row(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="229"/>
        <source>Cannot read the file: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="233"/>
        <source>{n} products imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="237"/>
        <source>Export the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="238"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="250"/>
        <source>{n} products written to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="253"/>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="260"/>
        <source>Choose a category to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="262"/>
        <source>Rename “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/catalogue.py" line="274"/>
        <source>Category “{name}” saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CouponsTab</name>
    <message>
        <location filename="../../ui/office/coupons.py" line="41"/>
        <source>New batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="49"/>
        <source>Fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="49"/>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="51"/>
        <source>e.g. 100 or 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="55"/>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="59"/>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="60"/>
        <source>Not combinable with other coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="62"/>
        <source>e.g. Spring flyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="63"/>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="69"/>
        <source>How many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="70"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="71"/>
        <source>Value (money or %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="72"/>
        <source>Minimum receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="73"/>
        <source>Valid until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="75"/>
        <source>Uses per coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="77"/>
        <source>Batch name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="90"/>
        <source>Save batch as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="92"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="96"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="96"/>
        <source>Gives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="96"/>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="114"/>
        <source>Where the selected coupon was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="143"/>
        <source>Only an owner can issue coupons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="152"/>
        <source>“{text}” is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="155"/>
        <source>Give either an amount or a percentage (at most 100 %), not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="157"/>
        <source>The end date has already passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="158"/>
        <source>From 1 to 10,000 coupons at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="160"/>
        <source>{n} coupons issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="167"/>
        <source>Next-visit coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="168"/>
        <source>{batch} ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="192"/>
        <source>Receipt {no}, {when}: −{money}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="204"/>
        <source>Save coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/coupons.py" line="214"/>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfficeWindow</name>
    <message>
        <location filename="../../ui/office/window.py" line="84"/>
        <source>Switch shop…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="86"/>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="87"/>
        <source>Back office — {shop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="93"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="93"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="94"/>
        <source>Loyalty program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="95"/>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="95"/>
        <source>Card printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="96"/>
        <source>Staff and audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="96"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/window.py" line="97"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="25"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="26"/>
        <source>Product “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="28"/>
        <source>EAN-13, EAN-8 or a shop code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="33"/>
        <source>— no category —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="38"/>
        <source>Never discounted (e.g. tobacco)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="39"/>
        <source>Earns no points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="47"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="49"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="50"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/product_dialog.py" line="67"/>
        <source>“{text}” is not a price.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/office/settings.py" line="65"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="87"/>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="271"/>
        <source>no logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="100"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="93"/>
        <source>Street, house, town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="102"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="114"/>
        <location filename="../../ui/office/settings.py" line="326"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="114"/>
        <location filename="../../ui/office/settings.py" line="327"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="115"/>
        <location filename="../../ui/office/settings.py" line="326"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="115"/>
        <location filename="../../ui/office/settings.py" line="327"/>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="116"/>
        <location filename="../../ui/office/settings.py" line="328"/>
        <source>Shop colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="117"/>
        <location filename="../../ui/office/settings.py" line="329"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="118"/>
        <location filename="../../ui/office/settings.py" line="329"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="119"/>
        <location filename="../../ui/office/settings.py" line="330"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="120"/>
        <location filename="../../ui/office/settings.py" line="330"/>
        <source>Card number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="128"/>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="128"/>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="129"/>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="129"/>
        <source>Burgundy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="130"/>
        <source>Terracotta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="130"/>
        <source>Plum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="131"/>
        <source>Graphite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="131"/>
        <source>Sand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="138"/>
        <source>Returns and manager PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="142"/>
        <source>Allow a negative balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="143"/>
        <source>Deduct from the refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="144"/>
        <source>Manager PIN to void a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="145"/>
        <source>Manager PIN for a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="146"/>
        <source>Points missing on a return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="153"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="160"/>
        <source>Print the “not fiscal” note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="161"/>
        <location filename="../../ui/office/settings.py" line="331"/>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="162"/>
        <location filename="../../ui/office/settings.py" line="331"/>
        <source>Footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="167"/>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="171"/>
        <source>None (preview only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="171"/>
        <source>ESC/POS over USB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="172"/>
        <source>ESC/POS serial port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="173"/>
        <source>ESC/POS network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="174"/>
        <source>ESC/POS device file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="174"/>
        <source>System printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="177"/>
        <source>58 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="177"/>
        <source>80 mm roll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="178"/>
        <source>A4 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="180"/>
        <source>Print after each payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="181"/>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="183"/>
        <source>Printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="183"/>
        <location filename="../../ui/office/settings.py" line="332"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="184"/>
        <location filename="../../ui/office/settings.py" line="332"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="184"/>
        <source>Code page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="252"/>
        <source>Shop logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="252"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="263"/>
        <source>The logo is copied into the shop&apos;s data when you save; the file itself is no longer needed then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="285"/>
        <source>Nothing to save: the settings are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="287"/>
        <source>Saved. The new language shows after the application restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="290"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="299"/>
        <source>Printing a test receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="308"/>
        <source>The test receipt was sent. Check that the printer printed it and the Russian letters read correctly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="334"/>
        <source>Only an owner can change the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="335"/>
        <source>fill this in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="336"/>
        <source>at most {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="337"/>
        <source>unknown time zone; write it like Europe/Moscow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="338"/>
        <source>the file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="339"/>
        <source>choose a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="340"/>
        <source>the image is larger than {n} KB; save it smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="342"/>
        <source>at most {n} lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="343"/>
        <source>digits, and letters, spaces or dashes where the country uses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="345"/>
        <source>an INN has 10 or 12 digits, the last ones check digits: this one does not add up (mistyped?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="347"/>
        <source>that is the shop&apos;s own database, not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="348"/>
        <source>enter where the printer is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="349"/>
        <source>write the vendor and product id like 0416:5011.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="350"/>
        <source>the port must be a number, like 192.168.1.50:9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="351"/>
        <source>the speed must be a number, like COM3:9600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="352"/>
        <source>write a host name or an IP address, like 192.168.1.50 or [::1]:9100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="354"/>
        <source>choose the kind of printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="355"/>
        <source>A4 needs a system printer; thermal printers use 58 or 80 mm rolls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="359"/>
        <source>choose 20 to 29, the shop&apos;s own range of barcodes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="361"/>
        <source>choose one of the offered values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="367"/>
        <source>No receipt printer is chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="368"/>
        <source>A system printer prints through the print dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="369"/>
        <source>Check where the printer is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/settings.py" line="370"/>
        <source>The printer did not print: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../ui/office/staff.py" line="28"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="28"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="28"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="44"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="44"/>
        <source>Deactivated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../ui/office/staff.py" line="121"/>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="121"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="122"/>
        <source>Bookkeeper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="127"/>
        <source>You can look, but only an owner can change staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="151"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="161"/>
        <source>new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="163"/>
        <source>name of the new staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="164"/>
        <source>PIN, 4–12 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="165"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="166"/>
        <source>Set PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="167"/>
        <location filename="../../ui/office/staff.py" line="347"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="168"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="169"/>
        <location filename="../../ui/office/staff.py" line="274"/>
        <source>Choose a person in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="193"/>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="206"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="206"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="207"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="207"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="237"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="239"/>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="298"/>
        <source>A PIN is 4 to 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="299"/>
        <source>Someone already uses this PIN: choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="300"/>
        <source>Enter the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="301"/>
        <source>Only an owner can change staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="302"/>
        <source>{name} is the last active owner: add another owner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="304"/>
        <location filename="../../ui/office/staff.py" line="353"/>
        <source>{name} is deactivated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="305"/>
        <location filename="../../ui/office/staff.py" line="311"/>
        <source>Choose a person in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="318"/>
        <source>{name} can now log in with their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="327"/>
        <source>{name}&apos;s role is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="335"/>
        <source>{name} has a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/office/staff.py" line="348"/>
        <source>{name} will no longer be able to log in. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
