package com.safetycredit.ledger.rules.wrongimport;

import com.mongodb.client.MongoDatabase;

/** A rule that reaches for the database, as none may: the architecture test must catch it. */
public final class RuleThatReadsTheDatabase {

    private RuleThatReadsTheDatabase() {}

    public static long enterprises(MongoDatabase database) {
        return database.getCollection("enterprise_profiles").countDocuments();
    }
}
