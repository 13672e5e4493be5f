/** The package version, set by the esbuild build (absent when running from source). */
declare const __KMS_DOCTOR_VERSION__: string | undefined;
