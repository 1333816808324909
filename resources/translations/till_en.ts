<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AmountDialog</name>
    <message>
        <location filename="../../ui/till_amount_dialog.py" line="15"/>
        <source>Free amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_amount_dialog.py" line="20"/>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_amount_dialog.py" line="21"/>
        <source>Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_amount_dialog.py" line="22"/>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BasketTable</name>
    <message>
        <location filename="../../ui/basket_table.py" line="21"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/basket_table.py" line="21"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/basket_table.py" line="21"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/basket_table.py" line="21"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/basket_table.py" line="21"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPanel</name>
    <message>
        <location filename="../../ui/customer_panel.py" line="40"/>
        <source>No customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="41"/>
        <source>Scan a card or type a phone number (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="48"/>
        <source>Bearer card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="49"/>
        <source>Card {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="52"/>
        <source>Points: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="53"/>
        <source>Pending: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="56"/>
        <source>{card}: {have} of {need} stamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="60"/>
        <source>Birthday!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="62"/>
        <source>No consent to data processing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="72"/>
        <source>Tier: {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="78"/>
        <source>{n} visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="80"/>
        <source>{n} units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/customer_panel.py" line="81"/>
        <source>{need} more to {next}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="28"/>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="36"/>
        <source>scan a card, or leave empty to issue one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="37"/>
        <source>Agrees to the processing of personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="38"/>
        <source>Agrees to receive offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="39"/>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="40"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="41"/>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="50"/>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/enrol_dialog.py" line="51"/>
        <source>F12 Enrol</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explainer</name>
    <message>
        <location filename="../../ui/explain.py" line="45"/>
        <source>Card {card}: {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="46"/>
        <source>Cumulative discount {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="48"/>
        <source>Cumulative discount {rate} (lowered: no purchases for a while)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="49"/>
        <source>{tier} tier {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="50"/>
        <source>Birthday discount {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="51"/>
        <source>Receipt from {amount}: {rate}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="53"/>
        <source>{card}: free item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="54"/>
        <source>Coupon {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="55"/>
        <source>Discounts capped at {rate} of the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="57"/>
        <source>Points for the purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="58"/>
        <source>{tier} tier points ×{mult}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="60"/>
        <source>Birthday ×{mult} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="62"/>
        <source>Birthday bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="63"/>
        <source>Welcome bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="64"/>
        <source>Bonus to the friend who referred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="65"/>
        <source>Bonus for coming by referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="66"/>
        <source>{mission}: {n} purchases this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="74"/>
        <source>the customer&apos;s whole spendable balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="75"/>
        <source>the program&apos;s cap on paying a receipt with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="76"/>
        <source>at least one kopeck must be paid in money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="77"/>
        <source>the balance has not reached the minimum for spending points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="78"/>
        <source>points are spent in fixed steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="79"/>
        <source>no customer identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="80"/>
        <source>the shop has no points program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="86"/>
        <source>Coupon {code} has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="87"/>
        <source>Coupon {code} has already been used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="88"/>
        <source>Coupon {code} needs a larger receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="89"/>
        <source>Coupons are switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="90"/>
        <source>Coupon {code} is already on this receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="91"/>
        <source>Coupon {code}: nothing on the receipt to discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="93"/>
        <source>Coupon {code} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="101"/>
        <source>Card {number}: wrong check digit, please retype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="103"/>
        <source>Not a card number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="105"/>
        <source>At most {n} points can be spent here: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="108"/>
        <source>Not an amount of money: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="117"/>
        <source>Card {number} is blocked ({why})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="120"/>
        <source>Card {number} has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="122"/>
        <source>Card {number} already belongs to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="124"/>
        <source>Unknown card {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="127"/>
        <source>replaced by a new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="127"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="131"/>
        <source>No customer with this phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="132"/>
        <source>Not a valid phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="133"/>
        <source>This phone number is already enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="134"/>
        <source>Please check the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="135"/>
        <source>Not a valid e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="136"/>
        <source>Quantity must be between 1 and 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="137"/>
        <source>That amount is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="138"/>
        <source>That number of points is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="139"/>
        <source>Empty coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="140"/>
        <source>No such line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="141"/>
        <source>The basket is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="142"/>
        <source>Enter a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="143"/>
        <source>The cash received does not cover the cash part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="144"/>
        <source>Payments do not add up to the amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="145"/>
        <source>Prices or points changed meanwhile; check and pay again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="146"/>
        <source>Identify the customer before spending points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="147"/>
        <source>The points payment does not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="148"/>
        <source>No sale with this number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="149"/>
        <source>Everything on this sale has been returned already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="150"/>
        <source>Cannot return that many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="151"/>
        <source>Wrong PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="152"/>
        <source>Too many wrong PINs: login is locked for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/explain.py" line="153"/>
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
        <location filename="../../ui/till_parked_dialog.py" line="18"/>
        <source>Parked baskets</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/payment_dialog.py" line="49"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="53"/>
        <source>To pay: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="57"/>
        <source>Paid with {n} points: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="64"/>
        <source>exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="65"/>
        <source>Card terminal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="66"/>
        <source>Cash received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="76"/>
        <source>F6 All by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="77"/>
        <source>Enter  Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="79"/>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="110"/>
        <source>Not enough cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/payment_dialog.py" line="113"/>
        <source>Change: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="22"/>
        <source>Sale {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="22"/>
        <source>Return {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="28"/>
        <source>Change: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="36"/>
        <source>Enter  Next customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="53"/>
        <source>discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="54"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="61"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="61"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="61"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="62"/>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="62"/>
        <source>Withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_receipt_dialog.py" line="66"/>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedeemDialog</name>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="19"/>
        <source>Pay with points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="22"/>
        <source>Spendable balance: {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="24"/>
        <source>At most {n} points on this receipt, limited by: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="30"/>
        <source>In steps of {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="41"/>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="42"/>
        <source>Enter  Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/redeem_dialog.py" line="62"/>
        <source>Worth {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/return_dialog.py" line="26"/>
        <location filename="../../ui/return_dialog.py" line="40"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="33"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="34"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="35"/>
        <source>Sale number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="36"/>
        <source>Refund to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="40"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="40"/>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="40"/>
        <source>Can return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="56"/>
        <source>Esc Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="57"/>
        <source>F12 Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="111"/>
        <source>Refund: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="114"/>
        <source>Points taken back: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="116"/>
        <source>Points given back: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/return_dialog.py" line="118"/>
        <source>Kept from the refund for points already spent: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillActions</name>
    <message>
        <location filename="../../ui/till_actions.py" line="31"/>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="32"/>
        <location filename="../../ui/till_actions.py" line="83"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="33"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="34"/>
        <location filename="../../ui/till_actions.py" line="99"/>
        <source>Free amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="35"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="36"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="37"/>
        <source>Points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="38"/>
        <source>Void line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="39"/>
        <source>Park / resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="40"/>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="41"/>
        <source>Void sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="42"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="55"/>
        <source>Cashier: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="72"/>
        <source>Manager&apos;s PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="107"/>
        <source>Type the card number or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="118"/>
        <source>Enrolled: {name}, card {card}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="129"/>
        <source>Scan the customer&apos;s card first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="141"/>
        <source>Line removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="148"/>
        <source>Sale voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="155"/>
        <source>{n} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="156"/>
        <source>Basket parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="160"/>
        <source>No parked baskets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="164"/>
        <source>Basket resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="190"/>
        <source>Points earned: {earned}. Balance: {balance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="199"/>
        <source>Sale {n} recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_actions.py" line="200"/>
        <source>Return {n} recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillWindow</name>
    <message>
        <location filename="../../ui/till_window.py" line="41"/>
        <source>{shop} — till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="68"/>
        <location filename="../../ui/till_window.py" line="185"/>
        <source>Barcode, card or phone, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="71"/>
        <source>F3 Find a product by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="115"/>
        <source>Cashier: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="116"/>
        <source>Nobody logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="171"/>
        <location filename="../../ui/till_window.py" line="204"/>
        <source>Added: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="171"/>
        <source>Customer: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/till_window.py" line="172"/>
        <source>Coupon {name} added</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/widgets_totals.py" line="35"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets_totals.py" line="43"/>
        <source>Paid with {n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets_totals.py" line="48"/>
        <source>+{n} points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets_totals.py" line="49"/>
        <source>To pay: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
