package id.kotacerdas.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import id.kotacerdas.shared.cluster.SingleInstanceJobs;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** With several instances on one database, every scheduled job runs on one of them at a time. */
class ScheduledWorkTest {

    @Test
    void every_scheduled_method_runs_its_work_through_single_instance_jobs() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.kotacerdas");

        methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .should(callSingleInstanceJobs())
                .allowEmptyShould(true)
                .check(classes);
    }

    private static ArchCondition<JavaMethod> callSingleInstanceJobs() {
        return new ArchCondition<>("call SingleInstanceJobs.runAlone") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean calls = method.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(SingleInstanceJobs.class)
                                && call.getName().equals("runAlone"));
                events.add(new SimpleConditionEvent(
                        method, calls, method.getFullName() + (calls ? " runs" : " does not run") + " alone"));
            }
        };
    }
}
