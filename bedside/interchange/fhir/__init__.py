"""The FHIR R4 export of SPEC §4."""
