<SUBMISSION>
<ACCESSION-NUMBER>0009999906-24-000006
<TYPE>8-K
<FILING-DATE>20240102
<FILER>
<COMPANY-DATA>
<CONFORMED-NAME>QUOTE "AND" ANGLE > BIO
SECOND LINE INC
<CIK>0009999906
</COMPANY-DATA>
</FILER>
<DOCUMENT>
<TYPE>8-K
<SEQUENCE>1
<FILENAME>odd.txt
<TEXT>
UNITED STATES
SECURITIES AND EXCHANGE COMMISSION
Washington, D.C. 20549

FORM 8-K

CURRENT REPORT

Quote "And" Angle > Bio, Inc.
(Exact name of registrant as specified in its charter)

Delaware
(State or other jurisdiction of incorporation)

On March 3, 2023, Quote "And" Angle > Bio, Inc. granted Back\slash <Brackets> Pharma Inc. an exclusive, worldwide license to develop and commercialize quotumab. Back\slash <Brackets> Pharma Inc. paid an upfront fee of $5 million.

On May 5, 2023, Quote "And" Angle > Bio, Inc. entered into a license agreement with Split
Line Pharma Corp.

</TEXT>
</DOCUMENT>
</SUBMISSION>
