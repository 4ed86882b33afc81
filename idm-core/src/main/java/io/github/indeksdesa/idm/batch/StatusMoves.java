// SPDX-License-Identifier: Apache-2.0
package io.github.indeksdesa.idm.batch;

import io.github.indeksdesa.idm.Status;
import java.util.Objects;

/**
 * The status-to-status counts of a what-if answer, shared by both editions' answers.
 */
final class StatusMoves {

    private static final Status[] STATUSES = Status.values();

    /** moves[from * 5 + to]. */
    private final long[] moves;

    StatusMoves(long[] moves) {
        this.moves = moves;
    }

    long count(Status from, Status to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return moves[from.ordinal() * STATUSES.length + to.ordinal()];
    }

    long before(Status status) {
        long sum = 0;
        for (Status to : STATUSES) {
            sum += count(status, to);
        }
        return sum;
    }

    long after(Status status) {
        long sum = 0;
        for (Status from : STATUSES) {
            sum += count(from, status);
        }
        return sum;
    }

    long changed() {
        long sum = 0;
        for (Status from : STATUSES) {
            for (Status to : STATUSES) {
                sum += from == to ? 0 : count(from, to);
            }
        }
        return sum;
    }

    long raised() {
        long sum = 0;
        for (Status from : STATUSES) {
            for (Status to : STATUSES) {
                sum += to.compareTo(from) > 0 ? count(from, to) : 0;
            }
        }
        return sum;
    }

    /** E.g. {@code IKS02=5: 120 changed; TERTINGGAL→BERKEMBANG 100, MAJU→MANDIRI 20}. */
    String describe(String code, int score) {
        StringBuilder text = new StringBuilder().append(code).append('=').append(score).append(": ")
                .append(changed()).append(" changed");
        String separator = "; ";
        for (Status from : STATUSES) {
            for (Status to : STATUSES) {
                long count = count(from, to);
                if (from != to && count > 0) {
                    text.append(separator).append(from.officialName()).append('→').append(to.officialName()).append(' ')
                            .append(count);
                    separator = ", ";
                }
            }
        }
        return text.toString();
    }
}
