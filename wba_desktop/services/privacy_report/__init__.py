"""Data-protection reports: the access report (Art. 15 DSGVO) with finding the person
it is about, and the list of people not yet informed about their data (Art. 14)."""
