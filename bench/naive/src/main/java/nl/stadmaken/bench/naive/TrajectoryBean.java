package nl.stadmaken.bench.naive;

import java.util.Map;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbBean;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondaryPartitionKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSecondarySortKey;
import software.amazon.awssdk.enhanced.dynamodb.mapper.annotations.DynamoDbSortKey;

/** A trajectory item as a mutable bean, the shape {@code TableSchema.fromBean} asks for. */
@DynamoDbBean
public class TrajectoryBean {

    private String pk;
    private String sk;
    private String gsi1pk;
    private String gsi1sk;
    private String id;
    private String status;
    private String title;
    private String summary;
    private String wijk;
    private String kind;
    private Integer capacity;
    private Long confirmed;
    private Long waitlisted;
    private Long withdrawn;
    private Long signUpOpensAt;
    private Long signUpClosesAt;
    private String createdAt;
    private String updatedAt;
    private Map<String, String> agreement;

    @DynamoDbPartitionKey
    public String getPk() {
        return pk;
    }

    public void setPk(String pk) {
        this.pk = pk;
    }

    @DynamoDbSortKey
    public String getSk() {
        return sk;
    }

    public void setSk(String sk) {
        this.sk = sk;
    }

    @DynamoDbSecondaryPartitionKey(indexNames = "gsi1")
    public String getGsi1pk() {
        return gsi1pk;
    }

    public void setGsi1pk(String gsi1pk) {
        this.gsi1pk = gsi1pk;
    }

    @DynamoDbSecondarySortKey(indexNames = "gsi1")
    public String getGsi1sk() {
        return gsi1sk;
    }

    public void setGsi1sk(String gsi1sk) {
        this.gsi1sk = gsi1sk;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getWijk() {
        return wijk;
    }

    public void setWijk(String wijk) {
        this.wijk = wijk;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Long getConfirmed() {
        return confirmed;
    }

    public void setConfirmed(Long confirmed) {
        this.confirmed = confirmed;
    }

    public Long getWaitlisted() {
        return waitlisted;
    }

    public void setWaitlisted(Long waitlisted) {
        this.waitlisted = waitlisted;
    }

    public Long getWithdrawn() {
        return withdrawn;
    }

    public void setWithdrawn(Long withdrawn) {
        this.withdrawn = withdrawn;
    }

    public Long getSignUpOpensAt() {
        return signUpOpensAt;
    }

    public void setSignUpOpensAt(Long signUpOpensAt) {
        this.signUpOpensAt = signUpOpensAt;
    }

    public Long getSignUpClosesAt() {
        return signUpClosesAt;
    }

    public void setSignUpClosesAt(Long signUpClosesAt) {
        this.signUpClosesAt = signUpClosesAt;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }

    public String getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(String updatedAt) {
        this.updatedAt = updatedAt;
    }

    public Map<String, String> getAgreement() {
        return agreement;
    }

    public void setAgreement(Map<String, String> agreement) {
        this.agreement = agreement;
    }
}
