// What file names say a file holds. A leaf module: the shell rules, the URL rules and the
// attachment rules all read these, and importing them must not pull in the shell analyzer.

/** Files whose names say they hold people's data: exports of customers, staff, patients, payroll. A home
 * directory's name (`/Users/…`, `/home/hr/…`) says whose machine it is, not what the file holds. */
export const PERSONAL_DATA_FILE = /(?:^|(?<!^\/home)\/|[_.-])(?:customers?|clients?|(?<!^\/)users?|members?|subscribers?|contacts|leads|patients?|employees?|staff|payroll|payslips?|salar(?:y|ies)|hr|performance[-_]?reviews?|personnel|medical|health|records|crm|accounts|donors|students|applicants|candidates|tenants|pii|gdpr|kyc|passports?|ssn|id[-_]?scans?|id[-_]?cards?|identity[-_]?(?:cards?|documents?)|national[-_]?ids?|residence[-_]?permits?|birth[-_]?certificates?|(?:driv(?:ing|ers?)[-_]?)licen[cs]es?|licen[cs]e[-_](?:front|back|scan|photo|copy)|witness(?:es)?|informants?|whistleblowers?|victims?|survivors?|(?:journalist|confidential|anonymous|protected)[-_]?sources|tax[-_]?returns?|bank[-_]?statements?|clientes|pacientes|empleados|alumnos|socios|n[oó]minas|kunden|patienten|mitarbeiter|clienti|pazienti|dipendenti|funcion[aá]rios|alunos|[ée]l[èe]ves|salari[ée]s|klanten|medewerkers|leerlingen)(?:$|[/_.-])/i;

/** Files whose names say they are the business's confidential material or a copy of its data. */
export const CONFIDENTIAL_FILE = /(?:^|[/_.-])(?:confidential|internal|restricted|private|board|roadmap|financials?|budget|forecast|acquisition|m-?and-?a|contracts?|nda|strategy|salaries|backups?|dumps?)(?:$|[/_.-])|\.(?:sql|dump|bak)(?:\.gz|\.zip|\.tgz)?$|(?:^|\/)(?:\.git|\.aws|\.kube|\.ssh)(?:\/|$)/i;
