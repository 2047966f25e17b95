"""The Lotsen desk: partners' offers, inquiries, matching, referrals and the report."""
