<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>MemberAdjustDialog</name>
    <message>
        <location filename="../../ui/office/members/adjust_dialog.py" line="22"/>
        <source>Adjust points: {who}</source>
        <translation>Корректировка баллов: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/adjust_dialog.py" line="33"/>
        <source>required: why the balance changes</source>
        <translation>обязательно: почему меняется баланс</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/adjust_dialog.py" line="36"/>
        <source>Points (minus to deduct):</source>
        <translation>Баллы (минус — списать):</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/adjust_dialog.py" line="37"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/adjust_dialog.py" line="38"/>
        <source>Owner&apos;s PIN:</source>
        <translation>PIN владельца:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/adjust_dialog.py" line="45"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/adjust_dialog.py" line="45"/>
        <source>Adjust</source>
        <translation>Изменить баланс</translation>
    </message>
</context>
<context>
    <name>MemberCardsDialog</name>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="31"/>
        <source>Cards of {who}</source>
        <translation>Карты клиента {who}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="41"/>
        <source>scan or type the card number</source>
        <translation>отсканируйте или введите номер карты</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="42"/>
        <source>lost, stolen, damaged…</source>
        <translation>утеряна, украдена, повреждена…</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="43"/>
        <source>The program&apos;s default</source>
        <translation>Тип по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="44"/>
        <source>Card number:</source>
        <translation>Номер карты:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="45"/>
        <source>Card type:</source>
        <translation>Тип карты:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="46"/>
        <source>Block reason:</source>
        <translation>Причина блокировки:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="53"/>
        <source>Issue a new card</source>
        <translation>Выпустить новую карту</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="54"/>
        <source>Give the scanned card</source>
        <translation>Выдать отсканированную карту</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="55"/>
        <source>Replace the selected card (lost)</source>
        <translation>Заменить выбранную (утеряна)</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="56"/>
        <source>Block the selected card</source>
        <translation>Заблокировать выбранную</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="57"/>
        <source>Give the selected card this type</source>
        <translation>Присвоить выбранной карте этот тип</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="58"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="111"/>
        <source>Card {number} issued</source>
        <translation>Карта {number} выпущена</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="117"/>
        <source>Card {number} given</source>
        <translation>Карта {number} выдана</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="122"/>
        <source>Select a card in the list</source>
        <translation>Выберите карту в списке</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="127"/>
        <source>Card {number} has the new type from its next sale</source>
        <translation>Карта {number} получит новый тип со следующей покупки</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="132"/>
        <source>Select the lost card in the list</source>
        <translation>Выберите утерянную карту в списке</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="138"/>
        <source>Card {number} replaces the lost one; points stay with the customer</source>
        <translation>Карта {number} заменила утерянную; баллы остались у клиента</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="143"/>
        <source>Select a card and enter the reason for blocking it</source>
        <translation>Выберите карту и укажите причину блокировки</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/cards_dialog.py" line="147"/>
        <source>Card {number} blocked</source>
        <translation>Карта {number} заблокирована</translation>
    </message>
</context>
<context>
    <name>MemberDetail</name>
    <message>
        <location filename="../../ui/office/members/detail.py" line="66"/>
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="66"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="66"/>
        <source>Issued</source>
        <translation>Выпущена</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="67"/>
        <location filename="../../ui/office/members/detail.py" line="68"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="67"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="68"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="67"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="67"/>
        <location filename="../../ui/office/members/detail.py" line="68"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="69"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="70"/>
        <source>Cards</source>
        <translation>Карты</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="71"/>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="72"/>
        <source>Points history</source>
        <translation>История баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="79"/>
        <source>Choose a customer in the list</source>
        <translation>Выберите клиента в списке</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="85"/>
        <source>Personal data erased {at}</source>
        <translation>Персональные данные удалены {at}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="88"/>
        <source>Bearer card customer</source>
        <translation>Клиент с картой на предъявителя</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="90"/>
        <source>no phone</source>
        <translation>нет телефона</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="90"/>
        <source>no e-mail</source>
        <translation>нет e-mail</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="91"/>
        <source>Birthday: {d}</source>
        <translation>День рождения: {d}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="92"/>
        <source>Birthday: not given</source>
        <translation>День рождения: не указан</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="93"/>
        <source>Customer since {at}</source>
        <translation>Клиент с {at}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="96"/>
        <source>Data processing</source>
        <translation>Обработка данных</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="98"/>
        <source>Offers</source>
        <translation>Рассылки</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="101"/>
        <source>Points: {n}</source>
        <translation>Баллы: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="102"/>
        <source>Pending: {n}</source>
        <translation>Ожидают начисления: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="103"/>
        <source>Tier: {tier}</source>
        <translation>Уровень: {tier}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="103"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="104"/>
        <source>Merged duplicates: {ids}</source>
        <translation>Объединённые дубликаты: {ids}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="114"/>
        <source>{what}: withdrawn {at} (given {given})</source>
        <translation>{what}: согласие отозвано {at} (дано {given})</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="117"/>
        <source>{what}: withdrawn {at}</source>
        <translation>{what}: согласие отозвано {at}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="119"/>
        <source>{what}: no consent</source>
        <translation>{what}: нет согласия</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="112"/>
        <source>{what}: agreed {at}</source>
        <translation>{what}: согласие {at}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="126"/>
        <source>{no} (return)</source>
        <translation>{no} (возврат)</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/detail.py" line="144"/>
        <source>Purchases ({n})</source>
        <translation>Покупки ({n})</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="44"/>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="43"/>
        <source>Edit customer: {who}</source>
        <translation>Изменение данных клиента: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="52"/>
        <source>like {day}, or empty</source>
        <translation>например, {day}, или пусто</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="55"/>
        <source>scan or type a card, or leave empty to issue one</source>
        <translation>отсканируйте или введите карту; пусто — выпустить новую</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="56"/>
        <source>Name:</source>
        <translation>Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="57"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="61"/>
        <source>Other phones:</source>
        <translation>Другие телефоны:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="62"/>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="63"/>
        <source>Birthday:</source>
        <translation>День рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="65"/>
        <source>Card:</source>
        <translation>Карта:</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="67"/>
        <source>Agrees to the processing of personal data</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="68"/>
        <source>Agrees to receive offers</source>
        <translation>Согласие на получение рекламных рассылок</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="77"/>
        <source>    given {at}</source>
        <translation>    дано {at}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="80"/>
        <source>    withdrawn {at}</source>
        <translation>    отозвано {at}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="87"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/edit_dialog.py" line="87"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>MemberImportDialog</name>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="33"/>
        <source>Import customers from CSV</source>
        <translation>Импорт клиентов из CSV</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="47"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="47"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="48"/>
        <source>Problem</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="48"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="57"/>
        <source>Choose a file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="59"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="96"/>
        <source>{n} customers imported</source>
        <translation>Импортировано клиентов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="105"/>
        <source>Nothing imported: {n} rows need correcting</source>
        <translation>Ничего не импортировано: исправьте строки ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="77"/>
        <source>Cannot read the file: {why}</source>
        <translation>Не удаётся прочитать файл: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="36"/>
        <source>Columns: name, phone, email, birthday, card_number, card_type, consent_data, consent_marketing. Either every row is imported or none.</source>
        <translation>Столбцы: name, phone, email, birthday, card_number, card_type, consent_data, consent_marketing. Импортируются либо все строки, либо ни одной.</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="39"/>
        <source>A customer with a name, phone, e-mail or birthday needs consent_data yes (yes/no, да/нет, 1/0, true/false); a row of only a card number gets an anonymous card.</source>
        <translation>Покупателю с именем, телефоном, e-mail или днём рождения нужно consent_data «да» (yes/no, да/нет, 1/0, true/false); строка только с номером карты даёт анонимную карту.</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/import_dialog.py" line="42"/>
        <source>UTF-8, UTF-16 or Windows-1251 (as Excel saves it), separated by ; or ,.</source>
        <translation>UTF-8, UTF-16 или Windows-1251 (как сохраняет Excel), разделитель ; или ,.</translation>
    </message>
</context>
<context>
    <name>MemberListModel</name>
    <message>
        <location filename="../../ui/office/members/list_model.py" line="29"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/list_model.py" line="29"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/list_model.py" line="29"/>
        <source>Cards</source>
        <translation>Карты</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/list_model.py" line="29"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/list_model.py" line="77"/>
        <source>(personal data erased) #{id}</source>
        <translation>(данные удалены) №{id}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/list_model.py" line="78"/>
        <source>(bearer card) #{id}</source>
        <translation>(карта на предъявителя) №{id}</translation>
    </message>
</context>
<context>
    <name>MemberMergeDialog</name>
    <message>
        <location filename="../../ui/office/members/merge_dialog.py" line="24"/>
        <source>Merge a duplicate into {who}</source>
        <translation>Объединение дубликата с клиентом {who}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/merge_dialog.py" line="27"/>
        <source>Find the duplicate of {name}. Its cards, points, phones and consents move to {name}; its purchases stay in the history.</source>
        <translation>Найдите дубликат клиента {name}. Его карты, баллы, телефоны и согласия перейдут к клиенту {name}; покупки останутся в истории.</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/merge_dialog.py" line="35"/>
        <source>name, phone or card of the duplicate</source>
        <translation>имя, телефон или карта дубликата</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/merge_dialog.py" line="44"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/merge_dialog.py" line="44"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/merge_dialog.py" line="62"/>
        <source>{who} — {n} points</source>
        <translation>{who} — баллов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/merge_dialog.py" line="71"/>
        <source>Find and select the duplicate first</source>
        <translation>Сначала найдите и выберите дубликат</translation>
    </message>
</context>
<context>
    <name>MemberTexts</name>
    <message>
        <location filename="../../ui/office/members/texts.py" line="33"/>
        <source>Only the owner may do this</source>
        <translation>Это может сделать только владелец</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="34"/>
        <location filename="../../ui/office/members/texts.py" line="45"/>
        <source>No such customer</source>
        <translation>Такого клиента нет</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="35"/>
        <source>Choose two different customers</source>
        <translation>Выберите двух разных клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="36"/>
        <source>This customer has already been merged into another</source>
        <translation>Этот клиент уже объединён с другим</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="37"/>
        <source>This customer&apos;s personal data has been erased</source>
        <translation>Персональные данные этого клиента удалены</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="41"/>
        <source>Enter the reason for the adjustment</source>
        <translation>Укажите причину корректировки</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="42"/>
        <source>That PIN is not the owner&apos;s</source>
        <translation>Это не PIN владельца</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="43"/>
        <source>Enter a number of points other than zero</source>
        <translation>Укажите число баллов, отличное от нуля</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="44"/>
        <source>The customer does not have that many spendable points</source>
        <translation>У клиента нет столько доступных баллов</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="50"/>
        <source>That birthday is not possible</source>
        <translation>Такой день рождения невозможен</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="52"/>
        <source>Wrong PIN: the owner&apos;s PIN is needed</source>
        <translation>Неверный PIN: нужен PIN владельца</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="58"/>
        <source>customer #{id} (personal data erased)</source>
        <translation>клиент №{id} (персональные данные удалены)</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="59"/>
        <source>bearer card customer #{id}</source>
        <translation>клиент с картой на предъявителя №{id}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="67"/>
        <source>replaced by {number}</source>
        <translation>заменена на {number}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="69"/>
        <source>blocked: {why}</source>
        <translation>заблокирована: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="70"/>
        <source>active</source>
        <translation>действует</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="70"/>
        <source>not yet used</source>
        <translation>ещё не использована</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="74"/>
        <source>purchase</source>
        <translation>покупка</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="74"/>
        <source>welcome bonus</source>
        <translation>приветственный бонус</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="75"/>
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="75"/>
        <source>referral</source>
        <translation>приглашение друга</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="76"/>
        <source>mission</source>
        <translation>задание</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="76"/>
        <source>spent</source>
        <translation>списание</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="77"/>
        <source>expired</source>
        <translation>сгорание</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="77"/>
        <source>adjustment</source>
        <translation>корректировка</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="78"/>
        <source>return</source>
        <translation>возврат</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="79"/>
        <source>transfer (merge)</source>
        <translation>перенос (объединение)</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/texts.py" line="48"/>
        <source>Type the birthday like {day}, or leave it empty</source>
        <translation>Введите день рождения в виде {day} или оставьте поле пустым</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../ui/office/members/tab.py" line="76"/>
        <source>Find: name, phone or card</source>
        <translation>Поиск: имя, телефон или карта</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="93"/>
        <source>New customer</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="94"/>
        <source>Import CSV…</source>
        <translation>Импорт CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="124"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="125"/>
        <source>Cards…</source>
        <translation>Карты…</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="126"/>
        <source>Adjust points…</source>
        <translation>Баллы вручную…</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="127"/>
        <source>Merge duplicate…</source>
        <translation>Слить дубликат…</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="128"/>
        <source>Export data…</source>
        <translation>Выгрузить данные…</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="129"/>
        <source>Erase data…</source>
        <translation>Удалить данные…</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="158"/>
        <source>First {n} matches: type more to narrow them</source>
        <translation>Показаны первые {n} совпадений — уточните запрос</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="228"/>
        <source>Customer {name} enrolled</source>
        <translation>Клиент {name} зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="235"/>
        <source>Customer {name} saved</source>
        <translation>Данные клиента {name} сохранены</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="270"/>
        <source>Points adjusted</source>
        <translation>Баланс баллов изменён</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="280"/>
        <source>Duplicate merged: {n} points moved</source>
        <translation>Дубликат объединён, перенесено баллов: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="302"/>
        <source>Personal data saved to {path}</source>
        <translation>Персональные данные сохранены в {path}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="307"/>
        <source>Erase personal data: {who}</source>
        <translation>Удаление персональных данных: {who}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="337"/>
        <source>Save personal data of {who}</source>
        <translation>Сохранить персональные данные клиента {who}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="309"/>
        <source>Erase the name, phone, e-mail and birthday of {name}? Their cards are blocked; purchases and points stay, anonymous. This cannot be undone.</source>
        <translation>Удалить имя, телефон, e-mail и дату рождения клиента {name}? Его карты будут заблокированы; покупки и баллы останутся обезличенными. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="157"/>
        <source>Members: {n}</source>
        <translation>Участников: {n}</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="327"/>
        <source>Personal data erased</source>
        <translation>Персональные данные удалены</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="338"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="342"/>
        <source>Customers CSV</source>
        <translation>CSV-файл клиентов</translation>
    </message>
    <message>
        <location filename="../../ui/office/members/tab.py" line="342"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
</context>
</TS>
