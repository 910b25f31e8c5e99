/**
 * Every job kind the server runs (explicit, like the resolver list in graphql/schema.ts): importing a
 * kind's file defines it. The runner and the jobs resolver import this list.
 */
import './jobs.runner';
import '../program/reassessment.job';
import '../program/simulation.job';
import '../exports/lists';
import './clock-sweep.job';
import '../workflow/outbox-consumer.job';
import '../roster/import.job';
import '../crosscheck/crosscheck.job';
import '../sms/sms.job';
import '../integration/webhook.job';
import '../integration/prune.job';
import '../publicity/publicity-takedown.job';
