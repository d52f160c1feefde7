package app.rapport.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rapport's own settings, grouped under {@code rapport.*} in {@code application.properties}.
 *
 * @param dataDir where the database, the API token and backups live
 * @param demo fill an empty database with a sample network on start
 * @param phoneRegion the ISO 3166 region assumed for phone numbers written without a country code
 * @param allowedHosts host names, besides this machine's loopback names, that may appear in the
 *     {@code Host} header; an organisation hosting Rapport lists its public name here
 */
@Validated
@ConfigurationProperties("rapport")
public record RapportProperties(
    @NotNull Path dataDir,
    @DefaultValue("false") boolean demo,
    @DefaultValue("US") @NotBlank @Pattern(regexp = "[A-Z]{2}") String phoneRegion,
    @DefaultValue({}) List<String> allowedHosts) {}
