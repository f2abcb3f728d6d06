package io.jingchu.hub.portal.web;

import io.jingchu.hub.identity.Caller;
import io.jingchu.hub.ingest.IngestApi;
import io.jingchu.hub.ingest.LoadJob;
import io.jingchu.hub.ingest.LoadRequest;
import io.jingchu.hub.ingest.LoadSource;
import io.jingchu.hub.ingest.Upload;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Loading a file into a resource from the publisher console: the form's file goes through the same upload and
 * load job the API uses ({@code IngestApi}), and the job's page follows it. While the job runs its progress
 * section names the job's server-sent events ({@code data-events}, ingest's {@code /api/v1/loads/{id}/events},
 * which takes the browser's session); the page's script shows each {@code progress} event and, at {@code done},
 * asks for the section again ({@code HX-Request}), which then shows the validation report. Without script the
 * page shows the progress of the moment it was loaded, with a link to load it again.
 */
@Controller
class LoadConsoleController {

    private final IngestApi ingest;

    LoadConsoleController(IngestApi ingest) {
        this.ingest = ingest;
    }

    @PostMapping("/console/resources/{code}/loads")
    @PreAuthorize("hasRole('PUBLISHER')")
    String load(Caller caller, @PathVariable String code, @RequestParam("file") MultipartFile file)
            throws IOException {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank() ? "data.csv"
                : file.getOriginalFilename();
        // refused before anything is uploaded when the caller may not manage the resource's loads
        ingest.jobs(caller, code);
        Upload upload = ingest.createUpload(caller, name, file.getSize());
        try (InputStream in = file.getInputStream()) {
            ingest.appendChunk(caller, upload.id(), 0, in);
        }
        LoadJob job = ingest.startLoad(caller, code, LoadRequest.of(new LoadSource.Upload(upload.id())));
        return "redirect:/console/loads/" + job.id();
    }

    @GetMapping("/console/loads/{id}")
    @PreAuthorize("hasRole('PUBLISHER')")
    String job(Caller caller, @PathVariable long id,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
        model.addAttribute("job", ingest.job(caller, id));
        return htmx != null ? "portal/console-load :: progress" : "portal/console-load";
    }
}
