"""ISO 3166-1 alpha-2 country codes, the values of `nationaliteit`.

Generated from the ISO 3166 table shipped with the IANA time-zone database
(iso3166.tab); the member name is the code, the value the English short name. Two codes
outside that table follow at the end: XK (Kosovo, the user-assigned code the European Commission
and ISO-based registers use) and XXA (stateless person: ISO 3166-1 has no code for it; XXA is the
three-letter code of ICAO Doc 9303 used in travel documents, where a two-letter register such as
the Dutch customs single window uses the user-assigned XA). Neither belongs to a free-movement
group, so both are third-country nationals.
"""

import numpy as np
from openfisca_core.indexed_enums import Enum


class Land(Enum):
    AD = "Andorra"
    AE = "United Arab Emirates"
    AF = "Afghanistan"
    AG = "Antigua & Barbuda"
    AI = "Anguilla"
    AL = "Albania"
    AM = "Armenia"
    AO = "Angola"
    AQ = "Antarctica"
    AR = "Argentina"
    AS = "Samoa (American)"
    AT = "Austria"
    AU = "Australia"
    AW = "Aruba"
    AX = "Åland Islands"
    AZ = "Azerbaijan"
    BA = "Bosnia & Herzegovina"
    BB = "Barbados"
    BD = "Bangladesh"
    BE = "Belgium"
    BF = "Burkina Faso"
    BG = "Bulgaria"
    BH = "Bahrain"
    BI = "Burundi"
    BJ = "Benin"
    BL = "St Barthelemy"
    BM = "Bermuda"
    BN = "Brunei"
    BO = "Bolivia"
    BQ = "Bonaire, Sint Eustatius and Saba"
    BR = "Brazil"
    BS = "Bahamas"
    BT = "Bhutan"
    BV = "Bouvet Island"
    BW = "Botswana"
    BY = "Belarus"
    BZ = "Belize"
    CA = "Canada"
    CC = "Cocos (Keeling) Islands"
    CD = "Congo (Dem. Rep.)"
    CF = "Central African Rep."
    CG = "Congo (Rep.)"
    CH = "Switzerland"
    CI = "Côte d'Ivoire"
    CK = "Cook Islands"
    CL = "Chile"
    CM = "Cameroon"
    CN = "China"
    CO = "Colombia"
    CR = "Costa Rica"
    CU = "Cuba"
    CV = "Cape Verde"
    CW = "Curaçao"
    CX = "Christmas Island"
    CY = "Cyprus"
    CZ = "Czech Republic"
    DE = "Germany"
    DJ = "Djibouti"
    DK = "Denmark"
    DM = "Dominica"
    DO = "Dominican Republic"
    DZ = "Algeria"
    EC = "Ecuador"
    EE = "Estonia"
    EG = "Egypt"
    EH = "Western Sahara"
    ER = "Eritrea"
    ES = "Spain"
    ET = "Ethiopia"
    FI = "Finland"
    FJ = "Fiji"
    FK = "Falkland Islands"
    FM = "Micronesia"
    FO = "Faroe Islands"
    FR = "France"
    GA = "Gabon"
    GB = "United Kingdom"
    GD = "Grenada"
    GE = "Georgia"
    GF = "French Guiana"
    GG = "Guernsey"
    GH = "Ghana"
    GI = "Gibraltar"
    GL = "Greenland"
    GM = "Gambia"
    GN = "Guinea"
    GP = "Guadeloupe"
    GQ = "Equatorial Guinea"
    GR = "Greece"
    GS = "South Georgia & the South Sandwich Islands"
    GT = "Guatemala"
    GU = "Guam"
    GW = "Guinea-Bissau"
    GY = "Guyana"
    HK = "Hong Kong"
    HM = "Heard Island & McDonald Islands"
    HN = "Honduras"
    HR = "Croatia"
    HT = "Haiti"
    HU = "Hungary"
    ID = "Indonesia"
    IE = "Ireland"
    IL = "Israel"
    IM = "Isle of Man"
    IN = "India"
    IO = "British Indian Ocean Territory"
    IQ = "Iraq"
    IR = "Iran"
    IS = "Iceland"
    IT = "Italy"
    JE = "Jersey"
    JM = "Jamaica"
    JO = "Jordan"
    JP = "Japan"
    KE = "Kenya"
    KG = "Kyrgyzstan"
    KH = "Cambodia"
    KI = "Kiribati"
    KM = "Comoros"
    KN = "St Kitts & Nevis"
    KP = "Korea (North)"
    KR = "Korea (South)"
    KW = "Kuwait"
    KY = "Cayman Islands"
    KZ = "Kazakhstan"
    LA = "Laos"
    LB = "Lebanon"
    LC = "St Lucia"
    LI = "Liechtenstein"
    LK = "Sri Lanka"
    LR = "Liberia"
    LS = "Lesotho"
    LT = "Lithuania"
    LU = "Luxembourg"
    LV = "Latvia"
    LY = "Libya"
    MA = "Morocco"
    MC = "Monaco"
    MD = "Moldova"
    ME = "Montenegro"
    MF = "St Martin (French)"
    MG = "Madagascar"
    MH = "Marshall Islands"
    MK = "North Macedonia"
    ML = "Mali"
    MM = "Myanmar (Burma)"
    MN = "Mongolia"
    MO = "Macau"
    MP = "Northern Mariana Islands"
    MQ = "Martinique"
    MR = "Mauritania"
    MS = "Montserrat"
    MT = "Malta"
    MU = "Mauritius"
    MV = "Maldives"
    MW = "Malawi"
    MX = "Mexico"
    MY = "Malaysia"
    MZ = "Mozambique"
    NA = "Namibia"
    NC = "New Caledonia"
    NE = "Niger"
    NF = "Norfolk Island"
    NG = "Nigeria"
    NI = "Nicaragua"
    NL = "Netherlands"
    NO = "Norway"
    NP = "Nepal"
    NR = "Nauru"
    NU = "Niue"
    NZ = "New Zealand"
    OM = "Oman"
    PA = "Panama"
    PE = "Peru"
    PF = "French Polynesia"
    PG = "Papua New Guinea"
    PH = "Philippines"
    PK = "Pakistan"
    PL = "Poland"
    PM = "St Pierre & Miquelon"
    PN = "Pitcairn"
    PR = "Puerto Rico"
    PS = "Palestine"
    PT = "Portugal"
    PW = "Palau"
    PY = "Paraguay"
    QA = "Qatar"
    RE = "Réunion"
    RO = "Romania"
    RS = "Serbia"
    RU = "Russia"
    RW = "Rwanda"
    SA = "Saudi Arabia"
    SB = "Solomon Islands"
    SC = "Seychelles"
    SD = "Sudan"
    SE = "Sweden"
    SG = "Singapore"
    SH = "St Helena"
    SI = "Slovenia"
    SJ = "Svalbard & Jan Mayen"
    SK = "Slovakia"
    SL = "Sierra Leone"
    SM = "San Marino"
    SN = "Senegal"
    SO = "Somalia"
    SR = "Suriname"
    SS = "South Sudan"
    ST = "Sao Tome & Principe"
    SV = "El Salvador"
    SX = "St Maarten (Dutch)"
    SY = "Syria"
    SZ = "Eswatini (Swaziland)"
    TC = "Turks & Caicos Is"
    TD = "Chad"
    TF = "French S. Terr."
    TG = "Togo"
    TH = "Thailand"
    TJ = "Tajikistan"
    TK = "Tokelau"
    TL = "East Timor"
    TM = "Turkmenistan"
    TN = "Tunisia"
    TO = "Tonga"
    TR = "Turkey"
    TT = "Trinidad & Tobago"
    TV = "Tuvalu"
    TW = "Taiwan"
    TZ = "Tanzania"
    UA = "Ukraine"
    UG = "Uganda"
    UM = "US minor outlying islands"
    US = "United States"
    UY = "Uruguay"
    UZ = "Uzbekistan"
    VA = "Vatican City"
    VC = "St Vincent"
    VE = "Venezuela"
    VG = "Virgin Islands (UK)"
    VI = "Virgin Islands (US)"
    VN = "Vietnam"
    VU = "Vanuatu"
    WF = "Wallis & Futuna"
    WS = "Samoa (western)"
    YE = "Yemen"
    YT = "Mayotte"
    ZA = "South Africa"
    ZM = "Zambia"
    ZW = "Zimbabwe"
    XK = "Kosovo"
    XXA = "Stateless person (staatloze; ICAO Doc 9303 code XXA)"


# Dutch names of the codes, for people reading Dutch (the werkbank): the Dutch translation of the
# ISO 3166-1 names (common name where ISO gives one) in the Debian iso-codes package 4.15.0
# (iso_3166-1.json with the nl message catalogue iso_3166-1.mo); Kosovo and the stateless code
# as above.
NEDERLANDSE_NAMEN = {
    "AD": "Andorra",
    "AE": "Verenigde Arabische Emiraten",
    "AF": "Afghanistan",
    "AG": "Antigua en Barbuda",
    "AI": "Anguilla",
    "AL": "Albanië",
    "AM": "Armenië",
    "AO": "Angola",
    "AQ": "Antarctica",
    "AR": "Argentinië",
    "AS": "Amerikaans-Samoa",
    "AT": "Oostenrijk",
    "AU": "Australië",
    "AW": "Aruba",
    "AX": "Ålandseilanden",
    "AZ": "Azerbeidzjan",
    "BA": "Bosnië en Herzegovina",
    "BB": "Barbados",
    "BD": "Bangladesh",
    "BE": "België",
    "BF": "Burkina Faso",
    "BG": "Bulgarije",
    "BH": "Bahrein",
    "BI": "Burundi",
    "BJ": "Benin",
    "BL": "Saint-Barthélemy",
    "BM": "Bermuda",
    "BN": "Brunei",
    "BO": "Bolivia",
    "BQ": "Bonaire, Sint Eustatius en Saba",
    "BR": "Brazilië",
    "BS": "Bahama's",
    "BT": "Bhutan",
    "BV": "Bouveteiland",
    "BW": "Botswana",
    "BY": "Wit-Rusland",
    "BZ": "Belize",
    "CA": "Canada",
    "CC": "Cocoseilanden (Keelingeilanden)",
    "CD": "Congo, Democratische Republiek",
    "CF": "Centraal-Afrikaanse Republiek",
    "CG": "Congo",
    "CH": "Zwitserland",
    "CI": "Ivoorkust",
    "CK": "Cookeilanden",
    "CL": "Chili",
    "CM": "Kameroen",
    "CN": "China",
    "CO": "Colombia",
    "CR": "Costa Rica",
    "CU": "Cuba",
    "CV": "Kaapverdië",
    "CW": "Curaçao",
    "CX": "Christmaseiland",
    "CY": "Cyprus",
    "CZ": "Tsjechië",
    "DE": "Duitsland",
    "DJ": "Djibouti",
    "DK": "Denemarken",
    "DM": "Dominica",
    "DO": "Dominicaanse Republiek",
    "DZ": "Algerije",
    "EC": "Ecuador",
    "EE": "Estland",
    "EG": "Egypte",
    "EH": "Westelijke Sahara",
    "ER": "Eritrea",
    "ES": "Spanje",
    "ET": "Ethiopië",
    "FI": "Finland",
    "FJ": "Fiji",
    "FK": "Falklandeilanden (Malvinas)",
    "FM": "Micronesia",
    "FO": "Faeröer",
    "FR": "Frankrijk",
    "GA": "Gabon",
    "GB": "Verenigd Koninkrijk",
    "GD": "Grenada",
    "GE": "Georgia",
    "GF": "Frans-Guyana",
    "GG": "Guernsey",
    "GH": "Ghana",
    "GI": "Gibraltar",
    "GL": "Groenland",
    "GM": "Gambia",
    "GN": "Guinee",
    "GP": "Guadeloupe",
    "GQ": "Equatoriaal-Guinea",
    "GR": "Griekenland",
    "GS": "Zuid-Georgia en de Zuidelijke Sandwicheilanden",
    "GT": "Guatemala",
    "GU": "Guam",
    "GW": "Guinee-Bissau",
    "GY": "Guyana",
    "HK": "Hongkong",
    "HM": "Heardeiland en McDonaldeilanden",
    "HN": "Honduras",
    "HR": "Kroatië",
    "HT": "Haïti",
    "HU": "Hongarije",
    "ID": "Indonesië",
    "IE": "Ierland",
    "IL": "Israël",
    "IM": "Eiland Man",
    "IN": "India",
    "IO": "Brits Indische Oceaanterritorium",
    "IQ": "Irak",
    "IR": "Iran",
    "IS": "IJsland",
    "IT": "Italië",
    "JE": "Jersey",
    "JM": "Jamaica",
    "JO": "Jordanië",
    "JP": "Japan",
    "KE": "Kenia",
    "KG": "Kirgizië",
    "KH": "Cambodja",
    "KI": "Kiribati",
    "KM": "Comoren",
    "KN": "Saint Kitts en Nevis",
    "KP": "Noord-Korea",
    "KR": "Zuid-Korea",
    "KW": "Koeweit",
    "KY": "Kaaimaneilanden",
    "KZ": "Kazachstan",
    "LA": "Laos",
    "LB": "Libanon",
    "LC": "Saint Lucia",
    "LI": "Liechtenstein",
    "LK": "Sri Lanka",
    "LR": "Liberia",
    "LS": "Lesotho",
    "LT": "Litouwen",
    "LU": "Luxemburg",
    "LV": "Letland",
    "LY": "Libië",
    "MA": "Marokko",
    "MC": "Monaco",
    "MD": "Moldavië",
    "ME": "Montenegro",
    "MF": "Sint-Maarten (Frans deel)",
    "MG": "Madagaskar",
    "MH": "Marshalleilanden",
    "MK": "Noord-Macedonië",
    "ML": "Mali",
    "MM": "Myanmar",
    "MN": "Mongolië",
    "MO": "Macau",
    "MP": "Noordelijke Marianen",
    "MQ": "Martinique",
    "MR": "Mauritanië",
    "MS": "Montserrat",
    "MT": "Malta",
    "MU": "Mauritius",
    "MV": "Maldiven",
    "MW": "Malawi",
    "MX": "Mexico",
    "MY": "Maleisië",
    "MZ": "Mozambique",
    "NA": "Namibië",
    "NC": "Nieuw-Caledonië",
    "NE": "Niger",
    "NF": "Norfolk",
    "NG": "Nigeria",
    "NI": "Nicaragua",
    "NL": "Nederland",
    "NO": "Noorwegen",
    "NP": "Nepal",
    "NR": "Nauru",
    "NU": "Niue",
    "NZ": "Nieuw-Zeeland",
    "OM": "Oman",
    "PA": "Panama",
    "PE": "Peru",
    "PF": "Frans-Polynesië",
    "PG": "Papoea-Nieuw-Guinea",
    "PH": "Filipijnen",
    "PK": "Pakistan",
    "PL": "Polen",
    "PM": "Saint-Pierre en Miquelon",
    "PN": "Pitcairneilanden",
    "PR": "Puerto Rico",
    "PS": "Palestina, Staat",
    "PT": "Portugal",
    "PW": "Palau",
    "PY": "Paraguay",
    "QA": "Qatar",
    "RE": "Réunion",
    "RO": "Roemenië",
    "RS": "Servië",
    "RU": "Rusland",
    "RW": "Rwanda",
    "SA": "Saoedi-Arabië",
    "SB": "Salomonseilanden",
    "SC": "Seychellen",
    "SD": "Soedan",
    "SE": "Zweden",
    "SG": "Singapore",
    "SH": "Sint-Helena, Ascension en Tristan da Cunha",
    "SI": "Slovenië",
    "SJ": "Spitsbergen en Jan Mayen",
    "SK": "Slowakije",
    "SL": "Sierra Leone",
    "SM": "San Marino",
    "SN": "Senegal",
    "SO": "Somalië",
    "SR": "Suriname",
    "SS": "Zuid-Soedan",
    "ST": "Sao Tomé en Principe",
    "SV": "El Salvador",
    "SX": "Sint Maarten (Nederlands deel)",
    "SY": "Syrië",
    "SZ": "Eswatini",
    "TC": "Turks- en Caicoseilanden",
    "TD": "Tsjaad",
    "TF": "Franse Zuidelijke Gebieden",
    "TG": "Togo",
    "TH": "Thailand",
    "TJ": "Tadzjikistan",
    "TK": "Tokelau",
    "TL": "Oost-Timor",
    "TM": "Turkmenistan",
    "TN": "Tunesië",
    "TO": "Tonga",
    "TR": "Turkije",
    "TT": "Trinidad en Tobago",
    "TV": "Tuvalu",
    "TW": "Taiwan",
    "TZ": "Tanzania",
    "UA": "Oekraïne",
    "UG": "Oeganda",
    "UM": "Kleine afgelegen eilanden van de Verenigde Staten",
    "US": "Verenigde Staten",
    "UY": "Uruguay",
    "UZ": "Oezbekistan",
    "VA": "Vaticaanstad, Staat",
    "VC": "Saint Vincent en de Grenadines",
    "VE": "Venezuela",
    "VG": "Maagdeneilanden, Britse",
    "VI": "Maagdeneilanden, Amerikaanse",
    "VN": "Vietnam",
    "VU": "Vanuatu",
    "WF": "Wallis en Futuna",
    "WS": "Samoa",
    "YE": "Jemen",
    "YT": "Mayotte",
    "ZA": "Zuid-Afrika",
    "ZM": "Zambia",
    "ZW": "Zimbabwe",
    "XK": "Kosovo",
    "XXA": "Staatloos (ICAO-code XXA)",
}


LAND_INDEX = {lid.name: lid.index for lid in Land}


def land_tabel(codes) -> np.ndarray:
    """A boolean table over all `Land` indices, true for the codes in a list parameter.

    `None` (a list parameter before its first date) gives an all-false table.
    """
    tabel = np.zeros(len(LAND_INDEX), dtype=bool)
    if codes is not None:
        tabel[[LAND_INDEX[code] for code in codes]] = True
    return tabel


def vrij_verkeer_tabel(groepen) -> np.ndarray:
    """Per `Land` index: free movement of workers on the instant of the parameter node.

    Each child of `wav.vrij_verkeer` is a group with its countries and a dated boolean; a group
    before its first date (no value yet) has no free movement.
    """
    tabel = np.zeros(len(LAND_INDEX), dtype=bool)
    for naam in groepen:
        groep = groepen[naam]
        if "vrij_verkeer" in groep and groep.vrij_verkeer:
            tabel |= land_tabel(groep.landen)
    return tabel
