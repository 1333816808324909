<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/till/amount_dialog.py" line="15"/>
        <source>Free amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/amount_dialog.py" line="20"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/amount_dialog.py" line="21"/>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/amount_dialog.py" line="22"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasketTable</name>
    <message>
        <location filename="../../ui/till/basket_table.py" line="21"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/basket_table.py" line="21"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/basket_table.py" line="21"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/basket_table.py" line="21"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/basket_table.py" line="21"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="40"/>
        <source>No customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="41"/>
        <source>Scan a card or type a phone number (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="48"/>
        <source>Bearer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="49"/>
        <source>Card {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="52"/>
        <source>Points: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="53"/>
        <source>Pending: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="56"/>
        <source>{card}: {have} of {need} stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="60"/>
        <source>Birthday!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="62"/>
        <source>No consent to data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="72"/>
        <source>Tier: {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="78"/>
        <source>{n} visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="80"/>
        <source>{n} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/customer_panel.py" line="81"/>
        <source>{need} more to {next}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="28"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="36"/>
        <source>scan a card, or leave empty to issue one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="37"/>
        <source>Agrees to the processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="38"/>
        <source>Agrees to receive offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="39"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="40"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="41"/>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="45"/>
        <source>Without this consent the customer gets an anonymous card: the name and phone are not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="56"/>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/enrol_dialog.py" line="57"/>
        <source>F12 Enrol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../ui/widgets/explain.py" line="46"/>
        <source>Card {card}: {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="47"/>
        <source>Cumulative discount {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="49"/>
        <source>Cumulative discount {rate} (lowered: no purchases for a while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="50"/>
        <source>{tier} tier {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="51"/>
        <source>Birthday discount {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="52"/>
        <source>Receipt from {amount}: {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="54"/>
        <source>{card}: free item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="55"/>
        <source>Coupon {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="56"/>
        <source>Discounts capped at {rate} of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="58"/>
        <source>Points for the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="59"/>
        <source>{tier} tier points ×{mult}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="61"/>
        <source>Birthday ×{mult} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="63"/>
        <source>Birthday bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="64"/>
        <source>Welcome bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="65"/>
        <source>Bonus to the friend who referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="66"/>
        <source>Bonus for coming by referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="67"/>
        <source>{mission}: {n} purchases this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="75"/>
        <source>the customer&apos;s whole spendable balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="76"/>
        <source>the program&apos;s cap on paying a receipt with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="77"/>
        <source>at least one kopeck must be paid in money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="78"/>
        <source>the balance has not reached the minimum for spending points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="79"/>
        <source>points are spent in fixed steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="80"/>
        <source>no customer identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="81"/>
        <source>the shop has no points program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="87"/>
        <source>Unknown coupon {code}: check the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="88"/>
        <source>Coupon {code} has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="89"/>
        <source>Coupon {code} has already been used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="90"/>
        <source>Coupon {code} needs a receipt of at least {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="91"/>
        <source>Coupons are switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="92"/>
        <source>Coupon {code} is already on this receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="93"/>
        <source>Coupon {code}: nothing on the receipt to discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="95"/>
        <source>Coupon {code} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="104"/>
        <source>Card {number}: wrong check digit, please retype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="106"/>
        <source>Not a card number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="108"/>
        <source>At most {n} points can be spent here: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="111"/>
        <source>Not an amount of money: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="117"/>
        <source>Unknown product {code}: not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="127"/>
        <source>Card {number} is blocked ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="130"/>
        <source>Card {number} has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="132"/>
        <source>Card {number} already belongs to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="134"/>
        <source>Unknown card {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="137"/>
        <source>replaced by a new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="137"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="141"/>
        <source>No customer with this phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="142"/>
        <source>Not a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="143"/>
        <source>This phone number is already enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="144"/>
        <source>Please check the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="145"/>
        <source>Not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="146"/>
        <source>Quantity must be between 1 and 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="147"/>
        <source>That amount is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="148"/>
        <source>That number of points is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="149"/>
        <source>Empty coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="150"/>
        <source>No such line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="151"/>
        <source>The basket is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="152"/>
        <source>Enter a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="153"/>
        <source>The cash received does not cover the cash part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="154"/>
        <source>Payments do not add up to the amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="155"/>
        <source>Prices or points changed meanwhile; check and pay again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="156"/>
        <source>Identify the customer before spending points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="157"/>
        <source>The points payment does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="158"/>
        <source>No sale with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="159"/>
        <source>Everything on this sale has been returned already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="160"/>
        <source>Cannot return that many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="161"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="162"/>
        <source>Too many wrong PINs: login is locked for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/explain.py" line="163"/>
        <source>A manager&apos;s PIN is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="32"/>
        <source>Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="35"/>
        <source>Enter your PIN and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="77"/>
        <source>Try again in {n} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkedDialog</name>
    <message>
        <location filename="../../ui/till/parked_dialog.py" line="20"/>
        <source>Parked baskets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/parked_dialog.py" line="25"/>
        <source>no customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="30"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="34"/>
        <source>To pay: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="38"/>
        <source>Paid with {n} points: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="45"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="46"/>
        <source>Card terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="47"/>
        <source>Cash received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="57"/>
        <source>F6 All by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="58"/>
        <source>Enter  Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="60"/>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="91"/>
        <source>Not enough cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/payment_dialog.py" line="94"/>
        <source>Change: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="82"/>
        <source>Ctrl+P  Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="85"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/receipt_dialog.py" line="87"/>
        <source>Enter  Next customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="25"/>
        <source>Pay with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="28"/>
        <source>Spendable balance: {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="30"/>
        <source>At most {n} points on this receipt, limited by: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="36"/>
        <source>In steps of {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="53"/>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="54"/>
        <source>Enter  Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/redeem_dialog.py" line="84"/>
        <source>Worth {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="26"/>
        <location filename="../../ui/till/return_dialog.py" line="40"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="33"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="34"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="35"/>
        <source>Sale number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="36"/>
        <source>Refund to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="40"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="40"/>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="40"/>
        <source>Can return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="56"/>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="57"/>
        <source>F12 Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="111"/>
        <source>Refund: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="114"/>
        <source>Points taken back: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="116"/>
        <source>Points given back: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/return_dialog.py" line="118"/>
        <source>Kept from the refund for points already spent: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillActions</name>
    <message>
        <location filename="../../ui/till/actions.py" line="39"/>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="40"/>
        <location filename="../../ui/till/actions.py" line="95"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="41"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="42"/>
        <location filename="../../ui/till/actions.py" line="111"/>
        <source>Free amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="43"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="44"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="45"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="46"/>
        <source>Void line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="47"/>
        <source>Park / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="48"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="49"/>
        <location filename="../../ui/till/actions.py" line="167"/>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="50"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="65"/>
        <source>Cashier: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="69"/>
        <source>No backup for over a week: Ctrl+O, Backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="84"/>
        <source>Manager&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="120"/>
        <source>Type the card number or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="132"/>
        <source>Enrolled: {name}, card {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="135"/>
        <source>Anonymous card {card} issued: without consent no personal data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="146"/>
        <source>Scan the customer&apos;s card first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="159"/>
        <source>Line removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="168"/>
        <source>Void the whole sale ({n} lines)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="171"/>
        <source>Yes, void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="172"/>
        <source>No, keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="178"/>
        <source>Sale voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="187"/>
        <source>{n} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="188"/>
        <source>Basket parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="192"/>
        <source>No parked baskets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="196"/>
        <source>Basket resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="221"/>
        <source>Sale {n} recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/actions.py" line="222"/>
        <source>Return {n} recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillNavigation</name>
    <message>
        <location filename="../../ui/till/navigation.py" line="20"/>
        <source>Ctrl+O Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/navigation.py" line="21"/>
        <source>Ctrl+R Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/navigation.py" line="44"/>
        <source>Only an owner can open the back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/navigation.py" line="52"/>
        <source>Reports are for owners and bookkeepers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillPrinting</name>
    <message>
        <location filename="../../ui/till/printing.py" line="43"/>
        <source>Change: {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="52"/>
        <source>Refund: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="54"/>
        <source>Change: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="62"/>
        <source>Sale {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="62"/>
        <source>Return {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="74"/>
        <source>There is no receipt {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="80"/>
        <source>No receipt printer is set up: choose one in the back office settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="86"/>
        <source>Printing receipt {n}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="100"/>
        <source>Save the receipt as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="101"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="108"/>
        <source>The PDF could not be saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="111"/>
        <source>Receipt saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="120"/>
        <source>Reprint a receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="121"/>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/printing.py" line="131"/>
        <source>Copy of receipt {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../ui/till/window.py" line="42"/>
        <source>{shop} — till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="75"/>
        <location filename="../../ui/till/window.py" line="217"/>
        <source>Barcode, card or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="78"/>
        <source>F3 Find a product by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="146"/>
        <source>Cashier: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="147"/>
        <source>Nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="203"/>
        <location filename="../../ui/till/window.py" line="236"/>
        <source>Added: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="203"/>
        <source>Customer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/window.py" line="204"/>
        <source>Coupon {name} applied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/till/totals.py" line="35"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/totals.py" line="43"/>
        <source>Paid with {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/totals.py" line="48"/>
        <source>+{n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till/totals.py" line="49"/>
        <source>To pay: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
