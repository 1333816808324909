<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/office_staff.py" line="61" />
        <source>When</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="61" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="61" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="61" />
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="62" />
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="65" />
        <source>Sale voided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="65" />
        <source>Staff added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="66" />
        <source>Role changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="67" />
        <source>Staff deactivated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="68" />
        <source>PIN reset</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="68" />
        <source>Settings changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="69" />
        <source>Backup made</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="69" />
        <source>Return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="70" />
        <source>Points adjusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="70" />
        <source>Program changed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="87" />
        <source>system</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupTab</name>
    <message>
        <location filename="../../ui/office_backup.py" line="62" />
        <source>Back up to a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="65" />
        <source>Back up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="66" />
        <source>A verified copy of the whole shop: members, cards, points, sales, staff and settings. Keep it on a USB stick or in the cloud, away from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="69" />
        <source>Restore from a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="71" />
        <location filename="../../ui/office_backup.py" line="145" />
        <location filename="../../ui/office_backup.py" line="161" />
        <source>Restore</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="72" />
        <source>Replaces all the shop's data with a backup, after checking it. The current data is kept beside it as a .before-restore file. The application then restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="100" />
        <source>No backup has been made yet. Make one now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="102" />
        <source>today</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../ui/office_backup.py" line="103" />
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="104" />
        <source>Last backup: {when} ({ago}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="107" />
        <source>That is more than a week ago: make a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="117" />
        <source>Only an owner can back up or restore.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="125" />
        <source>Back up to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="126" />
        <source>Shop backups (*.db)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="130" />
        <source>Copying and checking the backup…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="131" />
        <source>The backup failed and no file was kept: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="136" />
        <source>Backup written and verified: {file}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="142" />
        <source>Restore from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="143" />
        <source>Shop backups (*.db);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="146" />
        <source>Replace ALL the shop's current data with the backup {file}? Sales made since that backup will be gone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="151" />
        <source>Checking and restoring…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="153" />
        <source>Nothing was restored: the file did not pass the check ({problem}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_backup.py" line="156" />
        <source>The shop was restored from {file}. The application closes now: start it again to work with the restored data.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../ui/office_settings.py" line="63" />
        <source>Save settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="85" />
        <source>Shop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="90" />
        <source>no logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="91" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="100" />
        <location filename="../../ui/office_settings.py" line="267" />
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="100" />
        <location filename="../../ui/office_settings.py" line="267" />
        <source>Logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="101" />
        <location filename="../../ui/office_settings.py" line="268" />
        <source>Currency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="102" />
        <location filename="../../ui/office_settings.py" line="268" />
        <source>Time zone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="103" />
        <location filename="../../ui/office_settings.py" line="269" />
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="104" />
        <location filename="../../ui/office_settings.py" line="269" />
        <source>Card number prefix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="109" />
        <source>Returns and manager PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="113" />
        <source>Allow a negative balance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="114" />
        <source>Deduct from the refund</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="115" />
        <source>Manager PIN to void a sale</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="116" />
        <source>Manager PIN for a return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="117" />
        <source>Points missing on a return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="124" />
        <source>Receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="131" />
        <source>Print the “not fiscal” note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="132" />
        <location filename="../../ui/office_settings.py" line="270" />
        <source>Header</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="133" />
        <location filename="../../ui/office_settings.py" line="270" />
        <source>Footer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="138" />
        <source>Receipt printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="142" />
        <source>None (preview only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="142" />
        <source>ESC/POS over USB</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="143" />
        <source>ESC/POS serial port</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="144" />
        <source>ESC/POS network</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="145" />
        <source>ESC/POS device file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="145" />
        <source>System printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="148" />
        <source>58 mm roll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="148" />
        <source>80 mm roll</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="149" />
        <source>A4 sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="151" />
        <source>Print after each payment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="152" />
        <source>Test print</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="154" />
        <source>Printer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="154" />
        <location filename="../../ui/office_settings.py" line="271" />
        <source>Where</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="155" />
        <location filename="../../ui/office_settings.py" line="271" />
        <source>Paper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="155" />
        <source>Code page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="214" />
        <source>Shop logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="215" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="226" />
        <source>Nothing to save: the settings are unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="228" />
        <source>Saved. The new language shows after the application restarts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="231" />
        <source>Settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="240" />
        <source>Printing a test receipt…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="249" />
        <source>The test receipt was sent. Check that the printer printed it and the Russian letters read correctly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="273" />
        <source>Only an owner can change the settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="274" />
        <source>fill this in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="275" />
        <source>at most {n} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="276" />
        <source>unknown time zone; write it like Europe/Moscow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="277" />
        <source>the file does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="278" />
        <source>choose a PNG or JPEG image.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="279" />
        <source>enter where the printer is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="280" />
        <source>write the vendor and product id like 0416:5011.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="281" />
        <source>the port must be a number, like 192.168.1.50:9100.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="282" />
        <source>the speed must be a number, like COM3:9600.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="283" />
        <source>A4 needs a system printer; thermal printers use 58 or 80 mm rolls.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="287" />
        <source>choose 20 to 29, the shop's own range of barcodes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="289" />
        <source>choose one of the offered values.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="295" />
        <source>No receipt printer is chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="296" />
        <source>A system printer prints through the print dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="297" />
        <source>Check where the printer is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_settings.py" line="298" />
        <source>The printer did not print: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../ui/office_staff.py" line="25" />
        <source>Full name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="25" />
        <source>Role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="25" />
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="41" />
        <source>Active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="41" />
        <source>Deactivated</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StaffTab</name>
    <message>
        <location filename="../../ui/office_staff.py" line="124" />
        <source>Cashier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="124" />
        <source>Owner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="125" />
        <source>Bookkeeper</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="130" />
        <source>You can look, but only an owner can change staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="154" />
        <source>Staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="164" />
        <source>new PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="166" />
        <source>name of the new staff member</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="167" />
        <source>PIN, 4–12 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="168" />
        <source>Change role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="169" />
        <source>Set PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="170" />
        <location filename="../../ui/office_staff.py" line="326" />
        <source>Deactivate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="171" />
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="172" />
        <location filename="../../ui/office_staff.py" line="260" />
        <source>Choose a person in the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="196" />
        <source>Audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="203" />
        <source>Who</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="203" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="204" />
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="204" />
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="224" />
        <source>Everyone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="227" />
        <source>All actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="284" />
        <source>A PIN is 4 to 12 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="285" />
        <source>Someone already uses this PIN: choose another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="286" />
        <source>Enter the person's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="287" />
        <source>Only an owner can change staff.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="288" />
        <source>{name} is the last active owner: add another owner first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="290" />
        <location filename="../../ui/office_staff.py" line="332" />
        <source>{name} is deactivated.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="291" />
        <location filename="../../ui/office_staff.py" line="297" />
        <source>Choose a person in the list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="304" />
        <source>{name} can now log in with their PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="313" />
        <source>{name}'s role is changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="321" />
        <source>{name} has a new PIN.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/office_staff.py" line="327" />
        <source>{name} will no longer be able to log in. Continue?</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>