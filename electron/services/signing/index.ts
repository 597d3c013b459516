// PAdES signing of the acts, kept free of `electron` so that the CLI, the local host and tests use it as is.
export { readCertificate, type CertificateInfo } from './certificate';
export { signPdf, type SignOptions } from './sign';
export { verifyPdf, type SignatureReport, type VerificationReport } from './verify';
export { checkProducedByRegistre } from './pdf-document';
