import type { LanguageWords } from './lexicon.js';

// German and Dutch. Separable verbs put their particle last ("reiche den Antrag ein", "maak het
// geld over"); infinitives at the end of a line are commands too ("Nichts löschen.").

const E = String.raw`(?!\p{L})`;

export const DE: LanguageWords = {
  lang: 'de', script: 'spaced',
  pay: String.raw`bezahl(?:e|en)?${E}|zahle${E}|kaufe${E}|kaufen${E}|überweis(?:e|en)?${E}|ueberweis(?:e|en)?${E}`,
  book: String.raw`buch(?:e|en)?${E}|bestell(?:e|en)?${E}|reservier(?:e|en)?${E}|verläng(?:e|er)(?:e|n)?${E}`,
  priced: String.raw`tickets?|fl[üu]g(?:e)?|hotel|zimmer|karte|kreditkarte|[€$]|eur${E}|euro|\d`,
  erase: String.raw`lösch(?:e|en)?${E}|loesch(?:e|en)?${E}|entfern(?:e|en)?${E}|leer(?:e|en)${E}`,
  permanent: String.raw`endgültig|dauerhaft|unwiderruflich|für immer|papierkorb`,
  valuable: String.raw`fotos|bilder|dateien|mails|e-mails|konto|dokumente|backups?|sicherung|chats|nachrichten|anhänge`,
  send: String.raw`schick(?:e|en)?${E}|send(?:e|en)${E}|leit(?:e|en)? (?:\S+ ){0,4}weiter|weiterleiten|teil(?:e|en)${E}`,
  others: String.raw`mutter|mama|vater|papa|bruder|schwester|meine[mn]? (?:mann|frau)|freund(?:in|e|en)?${E}|chef(?:in)?${E}|team|kunden|allen${E}|vermieter(?:in)?|nachbar(?:in|n)?|putzfrau|putzhilfe|reinigungskraft|gruppe|kinder|tochter|sohn|oma|opa|babysitter`,
  self: String.raw`mir${E}|mich${E}|an mich|meine (?:mail|e-mail-adresse)`,
  secret: String.raw`passw(?:ort|örter)|kennwort|(?:zugangs|tür|alarm|pin|tan|sicherheits)-?codes?|pin${E}|zugangsdaten|schloss`,
  personal: String.raw`standort|adresse|reisepass|personalausweis|ausweis|befund|zeugnis`,
  change: String.raw`änder(?:e|n)${E}|wechsl(?:e|en)${E}|setz(?:e|en)? (?:\S+ ){0,4}zurück`,
  publish: String.raw`veröffentlich(?:e|en)?${E}|poste(?:n)?${E}`,
  submit: String.raw`reich(?:e|en)? (?:\S+ ){0,8}ein${E}|einreichen|stell(?:e|en)? (?:\S+ ){0,3}antrag|abgeben|gib (?:\S+ ){0,4}ab|schick(?:e|en)? (?:\S+ ){0,4}ab`,
  official: String.raw`antrag|steuererklärung|formular|elster|finanzamt|behörde|bürgeramt|jobcenter`,
  negation: String.raw`nicht|nichts|kein\p{L}*|ohne|nie${E}|niemals`,
  howMuch: String.raw`wie viel|wieviel|ob${E}`,
  reminder: String.raw`erinner(?:e|n)? mich|erinnerung`,
  draft: String.raw`entwurf|entwürfe`,
  uiPay: String.raw`jetzt kaufen|kaufen|bezahlen|zahlungspflichtig|zahlung bestätigen|überweisung (?:bestätigen|absenden|freigeben)|bestellung (?:abschicken|absenden|bestätigen)|abonnieren`,
  uiDelete: String.raw`konto (?:löschen|schließen)|account löschen`,
};

export const NL: LanguageWords = {
  lang: 'nl', script: 'spaced',
  pay: String.raw`betaal${E}|betalen${E}|koop${E}|kopen${E}|maak (?:\S+ ){0,5}over${E}|overmaken`,
  book: String.raw`boek${E}|boeken${E}|bestel${E}|bestellen${E}|reserveer${E}|verleng${E}`,
  priced: String.raw`tickets?|vlucht(?:en)?|vliegtickets?|hotel|kamer|creditcard|kaart|[€$]|euro|\d`,
  erase: String.raw`verwijder(?:en)?${E}|wis${E}|wissen${E}|leeg${E}`,
  permanent: String.raw`definitief|permanent|voorgoed|prullenbak`,
  valuable: String.raw`foto'?s|bestanden|mails|account|documenten|back-?ups?|chats|berichten|bijlagen`,
  send: String.raw`stuur${E}|versturen|verstuur${E}|deel${E}|delen${E}|door(?:sturen|geven)|geef (?:\S+ ){0,4}door`,
  others: String.raw`moeder|mama|vader|papa|broer|zus${E}|zussen|mijn (?:man|vrouw)|vriend(?:in|en)?${E}|baas|team|klant(?:en)?|iedereen|verhuurder|huisbaas|buren|buurman|buurvrouw|schoonmaker|schoonmaakster|groep|kinderen|oppas`,
  self: String.raw`me${E}|mij${E}|mezelf|naar mij`,
  secret: String.raw`wachtwoord(?:en)?|(?:toegangs|alarm|deur|pin|beveiligings)codes?|code van (?:het|de) (?:alarm|deur|slot|kluis)|pin${E}|slot${E}`,
  personal: String.raw`locatie|adres|paspoort|identiteitskaart|id-kaart|medisch dossier|rapport`,
  change: String.raw`wijzig${E}|verander${E}|stel (?:\S+ ){0,3}opnieuw in`,
  publish: String.raw`publiceer${E}|plaats (?:\S+ ){0,4}op${E}`,
  submit: String.raw`dien (?:\S+ ){0,5}in${E}|indienen|verstuur${E}|onderteken${E}`,
  official: String.raw`aanvraag|aangifte|formulier|digid|belastingdienst|gemeente|uwv`,
  negation: String.raw`niet|geen|niets|zonder|nooit`,
  howMuch: String.raw`hoeveel`,
  reminder: String.raw`herinner me|herinnering`,
  draft: String.raw`concept${E}|conceptversie`,
  uiPay: String.raw`betalen|nu kopen|kopen|afrekenen|bestelling plaatsen|betaling bevestigen|overboeking bevestigen|abonneren`,
  uiDelete: String.raw`account verwijderen|verwijder (?:mijn )?account`,
};
