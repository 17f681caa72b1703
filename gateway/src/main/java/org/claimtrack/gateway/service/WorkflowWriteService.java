package org.claimtrack.gateway.service;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.claimtrack.gateway.client.ClaimsWrites;
import org.claimtrack.gateway.model.Workflow;
import org.claimtrack.gateway.model.WorkflowInput;
import org.claimtrack.gateway.security.Users;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Workflow changes for the API and the UI alike: the assignee must be a user of this deployment (the user store is the
 * gateway's), then the claims-service applies the move under the workflow's own version.
 */
@ApplicationScoped
public class WorkflowWriteService {

    @Inject
    ClaimsWrites writes;

    @Inject
    Users users;

    public Uni<RestResponse<Workflow>> change(String claimId, WorkflowInput input, String ifMatch) {
        String assignee = input.assignee() == null || input.assignee().isBlank() ? null : input.assignee().strip();
        WorkflowInput clean = new WorkflowInput(input.workStatus(), assignee, input.dueDate());
        // the user store is a blocking (JPA) read: off the event loop
        return Uni.createFrom().item(() -> assignee == null || users.find(assignee).isPresent())
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .flatMap(known -> known ? writes.changeWorkflow(claimId, clean, ifMatch)
                        : Uni.createFrom().failure(Problems.unprocessable("No user is called " + assignee,
                                List.of(new Problems.FieldError("assignee", "is not a user of this deployment")), Map.of())));
    }

    public Uni<RestResponse<Workflow>> publish(String claimId, String ifMatch) {
        return writes.publish(claimId, ifMatch);
    }
}
