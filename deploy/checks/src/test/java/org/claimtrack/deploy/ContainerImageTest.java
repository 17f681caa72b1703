package org.claimtrack.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The images the manifests run are the ones the build makes (quarkus-container-image-jib, root pom): a pinned base
 * image, the pods' non-root user, a tag naming the database the image was built for, and PostgreSQL images in the
 * manifests (db-kind is fixed at build time, so an H2 image could not open the production database).
 */
class ContainerImageTest {

    static final List<String> SERVICES = SecurityPolicyTest.SERVICES;

    @ParameterizedTest
    @FieldSource("SERVICES")
    void eachServiceBuildsItsImageWithJibAsThePodsUser(String service) throws IOException {
        String pom = Files.readString(Tools.repoRoot().resolve(service + "/pom.xml"));
        assertTrue(pom.contains("<artifactId>quarkus-container-image-jib</artifactId>"), service + " has no Jib extension");
        assertTrue(!Files.exists(Tools.repoRoot().resolve(service + "/src/main/docker")), service + ": the build makes the image, no Dockerfile");
        Long podUser = Manifests.of("production").get(Deployment.class, service).getSpec().getTemplate().getSpec()
                .getSecurityContext().getRunAsUser();
        assertEquals(String.valueOf(podUser), rootProperty("quarkus.jib.user"), "the image's user and the pod's runAsUser");
    }

    @Test
    void theBaseImageIsPinnedAndTheTagNamesTheDatabase() throws IOException {
        assertTrue(rootProperty("quarkus.jib.base-jvm-image").matches("[\\w./-]+:\\d[\\w.-]*"),
                "base image not pinned to a version: " + rootProperty("quarkus.jib.base-jvm-image"));
        assertTrue(rootProperty("quarkus.container-image.tag").endsWith("-${claimtrack.db-kind}"),
                "the tag must say which database the image is for");
        // only the images profile builds (and pushes: Jib needs a Docker daemon only to keep an image locally)
        String images = profile("images");
        assertTrue(images.contains("<quarkus.container-image.build>true</quarkus.container-image.build>"), images);
        assertTrue(images.contains("<quarkus.container-image.push>true</quarkus.container-image.push>"), images);
        assertTrue(!rootPom().replace(images, "").contains("<quarkus.container-image.build>true"), "images built outside -Pimages");
    }

    @Test
    void theManifestsRunThePostgresqlImagesOfTheBuild() throws IOException {
        String kustomization = Files.readString(Tools.repoRoot().resolve("deploy/kubernetes/base/kustomization.yaml"));
        String group = rootProperty("quarkus.container-image.group");
        for (String service : SERVICES) {
            Matcher image = Pattern.compile("- name: claimtrack/" + service + "\\s+newName: (\\S+)\\s+newTag: (\\S+)")
                    .matcher(kustomization);
            assertTrue(image.find(), service + " has no images: entry");
            assertTrue(image.group(1).endsWith("/" + group + "/" + service), image.group(1));
            assertTrue(image.group(2).endsWith("-postgresql"), service + " runs " + image.group(2) + ", not a PostgreSQL build");
        }
    }

    private static String rootPom() throws IOException {
        return Files.readString(Tools.repoRoot().resolve("pom.xml"));
    }

    private static String rootProperty(String name) throws IOException {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</").matcher(rootPom());
        assertTrue(m.find(), "root pom sets no " + name);
        return m.group(1).trim();
    }

    private static String profile(String id) throws IOException {
        Matcher m = Pattern.compile("(?s)<profile>\\s*<id>" + id + "</id>.*?</profile>").matcher(rootPom());
        assertTrue(m.find(), "root pom has no profile " + id);
        return m.group();
    }
}
