package org.claimtrack.deploy;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.ReplicaSet;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.CronJob;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every pod template an overlay would run, whatever kind of workload carries it. */
final class Workloads {

    record Workload(HasMetadata owner, PodTemplateSpec template) {
        String label() {
            return owner.getKind() + "/" + owner.getMetadata().getName();
        }

        List<Container> allContainers() {
            List<Container> all = new ArrayList<>(template.getSpec().getContainers());
            all.addAll(template.getSpec().getInitContainers());
            return all;
        }
    }

    private Workloads() {
    }

    static List<Workload> of(Manifests manifests) {
        return manifests.objects.stream().map(Workloads::template).flatMap(Optional::stream).toList();
    }

    private static Optional<Workload> template(HasMetadata o) {
        PodTemplateSpec template = null;
        if (o instanceof Deployment d) {
            template = d.getSpec().getTemplate();
        } else if (o instanceof StatefulSet s) {
            template = s.getSpec().getTemplate();
        } else if (o instanceof DaemonSet d) {
            template = d.getSpec().getTemplate();
        } else if (o instanceof ReplicaSet r) {
            template = r.getSpec().getTemplate();
        } else if (o instanceof Job j) {
            template = j.getSpec().getTemplate();
        } else if (o instanceof CronJob c) {
            template = c.getSpec().getJobTemplate().getSpec().getTemplate();
        } else if (o instanceof Pod p) {
            template = new PodTemplateSpec(p.getMetadata(), p.getSpec());
        }
        HasMetadata owner = o;
        return Optional.ofNullable(template).map(t -> new Workload(owner, t));
    }
}
