/** A greeting line names the reader, not the person a record is about. */
export const GREETING = /^[ \t]*(?:[\w-]+:[ \t]*)?(?:hi|hello|hey|dear|hej|hallo|bonjour|hola|ciao|ola|olá|buongiorno|guten tag|liebe[rs]?|querid[oa])[ \t]+[^\n,!.:]{1,40}[,!.:]?/gim;
