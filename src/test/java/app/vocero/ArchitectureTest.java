package app.vocero;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layers of ARCHITECTURE.md, kept by the build. */
@AnalyzeClasses(packages = "app.vocero", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("app.vocero.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.vocero.contacts..", "app.vocero.service..", "app.vocero.store..", "app.vocero.provider..",
                    "app.vocero.ui..", "app.vocero.cli..", "app.vocero.config..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses()
            .that().resideOutsideOfPackage("app.vocero.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule onlyProvidersUseHttp = noClasses()
            .that().resideOutsideOfPackage("app.vocero.provider..")
            .should().dependOnClassesThat().resideInAnyPackage("java.net.http..");

    @ArchTest
    static final ArchRule onlyStoreUsesSql = noClasses()
            .that().resideOutsideOfPackage("app.vocero.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..", "org.postgresql..");

    @ArchTest
    static final ArchRule uiGoesThroughServices = noClasses()
            .that().resideInAPackage("app.vocero.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("app.vocero.store..", "app.vocero.provider..");

    @ArchTest
    static final ArchRule logicKnowsNoScreensOrCommandLine = noClasses()
            .that().resideInAnyPackage("app.vocero.domain..", "app.vocero.contacts..", "app.vocero.service..",
                    "app.vocero.store..", "app.vocero.provider..")
            .should().dependOnClassesThat().resideInAnyPackage("app.vocero.ui..", "app.vocero.cli..");

    @ArchTest
    static final ArchRule providersNeverImportEachOther = slices()
            .matching("app.vocero.provider.(saem|meetzy|routee|octopush|smartflo)..")
            .should().notDependOnEachOther()
            .allowEmptyShould(true);
}
