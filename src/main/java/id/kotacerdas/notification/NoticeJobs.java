package id.kotacerdas.notification;

import id.kotacerdas.shared.cluster.SingleInstanceJobs;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The notices' background work, on one instance at a time ({@link SingleInstanceJobs}): sending the queued notices
 * every few seconds ({@code kc.notices.dispatch-every}, default 10 s) and queuing the deadline reminders every
 * morning at 07:00 Western Indonesian Time ({@code kc.notices.reminders-cron}).
 */
@Component
class NoticeJobs {

    private final SingleInstanceJobs jobs;
    private final DispatchNotices dispatch;
    private final DeadlineReminders reminders;
    private final Clock clock;

    NoticeJobs(SingleInstanceJobs jobs, DispatchNotices dispatch, DeadlineReminders reminders, Clock clock) {
        this.jobs = jobs;
        this.dispatch = dispatch;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${kc.notices.dispatch-every:10s}",
            initialDelayString = "${kc.notices.dispatch-every:10s}")
    void dispatch() {
        jobs.runAlone("notice-dispatch", () -> dispatch.dispatchDue(clock.instant()));
    }

    @Scheduled(cron = "${kc.notices.reminders-cron:0 0 7 * * *}", zone = "Asia/Jakarta")
    void remindDaily() {
        jobs.runAlone("notice-deadline-reminders", () -> reminders.queue(LocalDate.now(clock)));
    }
}
